package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code split words}: words are runs of letters, digits and apostrophes (so "it's" stays one word);
 * --min-word-length drops short ones, measured in chars, graphemes or bytes.
 */
public final class SplitWordsCommand implements Command {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}']+");

    @Override public Signature signature() {
        return Signature.build("split words", Category.STRINGS)
                .description("Split text into words.")
                .named("min-word-length", SyntaxShape.INT, "Only keep words at least this long.", 'l')
                .switchFlag("grapheme-clusters", "Measure word length in grapheme clusters.", 'g')
                .switchFlag("utf-8-bytes", "Measure word length in UTF-8 bytes.", 'b')
                .io("string", "list<string>").io("list<string>", "list<list<string>>")
                .searchTerms("separate", "divide");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Split into words", "'hello world' | split words", SplitRowCommand.list("hello", "world")),
                Example.of("Only longer words", "'hello to the world' | split words --min-word-length 3",
                        SplitRowCommand.list("hello", "the", "world")),
                Example.of("Punctuation separates words, apostrophes do not", "\"it's 3 o'clock, ok?\" | split words",
                        SplitRowCommand.list("it's", "3", "o'clock", "ok")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Long min = call.intFlag("min-word-length");
        boolean g = call.has("grapheme-clusters"), bytes = call.has("utf-8-bytes");
        return Operate.mapEach(input, v -> {
            List<String> words = new ArrayList<>();
            for (String w : NOT_WORD.split(Operate.str(call, v))) {
                if (w.isEmpty()) continue;
                if (min != null) {
                    long len = g ? Text.graphemes(w).size() : bytes ? Text.utf8Length(w) : w.codePointCount(0, w.length());
                    if (len < min) continue;
                }
                words.add(w);
            }
            return SplitRowCommand.toList(words);
        });
    }
}
