package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import java.util.List;

/** {@code str reverse}: reverses by Unicode code point (not by grapheme), as nu does. */
public final class StrReverseCommand extends StrMapCommand {
    @Override public Signature signature() {
        return sig("str reverse", "Reverse the characters of text.", "string").searchTerms("convert", "inverse", "flip");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Reverse a string", "'Nushell' | str reverse", Value.of("llehsuN")),
                Example.of("Reverse each string of a list", "['Nushell' 'is' 'cool'] | str reverse",
                        new Value.ListV(List.of(Value.of("llehsuN"), Value.of("si"), Value.of("looc")))));
    }

    @Override protected Value apply(String s, Call call) {
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = cps.length - 1; i >= 0; i--) sb.appendCodePoint(cps[i]);
        return Value.of(sb.toString());
    }
}
