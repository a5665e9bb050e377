package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import java.util.List;

/** {@code str length}: UTF-8 bytes by default, or chars (code points) or grapheme clusters. */
public final class StrLengthCommand extends StrMapCommand {
    @Override public Signature signature() {
        return sig("str length", "Count the length of text (in UTF-8 bytes unless told otherwise).", "int")
                .switchFlag("grapheme-clusters", "Count grapheme clusters (what a reader sees as characters).", 'g')
                .switchFlag("utf-8-bytes", "Count UTF-8 bytes (the default).", 'b')
                .switchFlag("chars", "Count Unicode code points.", 'c')
                .searchTerms("size", "count", "len");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Length of a word", "'hello' | str length", Value.of(5)),
                Example.of("Bytes versus code points", "'hällo' | str length", Value.of(6)),
                Example.of("Count code points", "'hällo' | str length --chars", Value.of(5)),
                Example.of("Count grapheme clusters", "'🇯🇵ほげ ふが ぴよ' | str length --grapheme-clusters", Value.of(9)),
                Example.of("Length of each string", "['hi' 'there'] | str length",
                        new Value.ListV(List.of(Value.of(2), Value.of(5)))));
    }

    @Override protected Value apply(String s, Call call) {
        if (call.has("grapheme-clusters")) return Value.of(Text.graphemes(s).size());
        if (call.has("chars")) return Value.of(s.codePointCount(0, s.length()));
        return Value.of(Text.utf8Length(s));
    }
}
