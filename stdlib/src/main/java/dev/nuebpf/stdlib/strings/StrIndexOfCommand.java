package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/**
 * {@code str index-of}: position of a substring (UTF-8 byte offset, or grapheme index with -g), -1 when
 * absent; {@code --range} limits the search to a slice, {@code --end} finds the last occurrence.
 */
public final class StrIndexOfCommand extends StrMapCommand {
    @Override public Signature signature() {
        return sig("str index-of", "Find where a substring occurs in text (-1 if it does not).", "int")
                .required("string", SyntaxShape.STRING, "The substring to find.")
                .switchFlag("grapheme-clusters", "Count positions in grapheme clusters.", 'g')
                .switchFlag("utf-8-bytes", "Count positions in UTF-8 bytes (the default).", 'b')
                .named("range", SyntaxShape.RANGE, "Only search within this range of positions.", 'r')
                .switchFlag("end", "Find the last occurrence instead of the first.", 'e')
                .searchTerms("match", "find", "search");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Byte offset of a substring", "'my_library.rb' | str index-of '.rb'", Value.of(10)),
                Example.of("Grapheme index", "'🇯🇵ほげ ふが ぴよ' | str index-of --grapheme-clusters 'ふが'", Value.of(4)),
                Example.of("Search from an offset", "'.rb.rb' | str index-of '.rb' --range 1..", Value.of(3)),
                Example.of("Not within the range", "'123456' | str index-of '6' --range ..4", Value.of(-1)),
                Example.of("Last occurrence", "'/this/is/some/path/file.txt' | str index-of '/' -e", Value.of(18)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String needle = call.stringArg(0);
        boolean graphemes = call.has("grapheme-clusters");
        boolean end = call.has("end");
        Value range = call.flag("range");
        return Operate.map(input, call, v -> {
            String s = Operate.str(call, v);
            int from = 0, to = s.length();
            if (range != null) {
                // the range is in bytes; map it back to char positions of the haystack
                byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                Bounds bd = Bounds.of(range, b.length, call.flagSpan("range"));
                from = Text.byteSlice(s, 0, bd.from()).length();
                to = from + Text.byteSlice(s, bd.from(), bd.to()).length();
            }
            String hay = s.substring(from, to);
            int at = end ? hay.lastIndexOf(needle) : hay.indexOf(needle);
            if (at < 0) return Value.of(-1);
            at += from;
            if (graphemes) {
                int count = 0, pos = 0;
                for (String g : Text.graphemes(s)) {
                    if (pos == at) return Value.of(count);
                    if (pos > at) return Value.of(-1);
                    pos += g.length();
                    count++;
                }
                return Value.of(pos == at ? count : -1);
            }
            return Value.of(Text.byteOffset(s, at));
        });
    }
}
