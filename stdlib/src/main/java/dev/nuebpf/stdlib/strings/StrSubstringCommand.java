package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code str substring}: a slice by UTF-8 byte range (default) or by grapheme clusters. */
public final class StrSubstringCommand extends StrMapCommand {
    @Override public Signature signature() {
        return sig("str substring", "Take part of the text, given a range of positions.", "string")
                .required("range", SyntaxShape.ANY, "The range of positions (negative counts from the end).")
                .switchFlag("grapheme-clusters", "Count positions in grapheme clusters.", 'g')
                .switchFlag("utf-8-bytes", "Count positions in UTF-8 bytes (the default).", 'b')
                .searchTerms("slice");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Slice by position", "'good nushell' | str substring 5..11", Value.of("nushell")),
                Example.of("Negative end", "'good nushell' | str substring 5..-2", Value.of("nushel")),
                Example.of("Slice by grapheme clusters", "'🇯🇵ほげ ふが ぴよ' | str substring --grapheme-clusters 4..5",
                        Value.of("ふが")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value range = call.req(0);
        if (!(range instanceof Value.RangeV)) Bounds.of(range, 0, call.positionalSpan(0));
        boolean graphemes = call.has("grapheme-clusters");
        return Operate.map(input, call, v -> {
            String s = Operate.str(call, v);
            if (graphemes) {
                List<String> gs = Text.graphemes(s);
                Bounds b = Bounds.of(range, gs.size(), call.positionalSpan(0));
                return Value.of(String.join("", gs.subList(b.from(), b.to())));
            }
            Bounds b = Bounds.of(range, Text.utf8Length(s), call.positionalSpan(0));
            return Value.of(Text.byteSlice(s, b.from(), b.to()));
        });
    }
}
