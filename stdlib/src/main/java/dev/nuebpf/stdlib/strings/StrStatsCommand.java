package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;

/** {@code str stats}: counts of lines, words, bytes, chars, graphemes and display width of a text. */
public final class StrStatsCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("str stats", Category.STRINGS)
                .description("Count the lines, words, bytes, characters, graphemes and display width of text.")
                .io("string", "record")
                .searchTerms("count", "word", "character", "unicode", "wc");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Statistics of a sentence", "\"There are seven words in this sentence\" | str stats",
                Record.builder().put("lines", Value.of(1)).put("words", Value.of(7)).put("bytes", Value.of(38))
                        .put("chars", Value.of(38)).put("graphemes", Value.of(38)).put("unicode-width", Value.of(38)).build()));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String s = Operate.str(call, input.collect());
        return PipelineData.of(Record.builder()
                .put("lines", Value.of(LinesCommand.split(s, false).size()))
                .put("words", Value.of(words(s)))
                .put("bytes", Value.of(Text.utf8Length(s)))
                .put("chars", Value.of(s.codePointCount(0, s.length())))
                .put("graphemes", Value.of(Text.graphemes(s).size()))
                .put("unicode-width", Value.of(Width.of(s)))
                .build());
    }

    /** Unicode word segments that contain a letter or digit; ideographs count one word each. */
    static int words(String s) {
        BreakIterator it = BreakIterator.getWordInstance(Locale.ROOT);
        it.setText(s);
        int count = 0;
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String w = s.substring(start, end);
            if (w.codePoints().anyMatch(Character::isIdeographic)) {
                count += (int) w.codePoints().filter(Character::isIdeographic).count();
            } else if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        return count;
    }
}
