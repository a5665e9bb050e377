package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import java.util.List;

/** {@code str escape-regex}: backslash-escapes regex metacharacters so the text matches itself literally. */
public final class StrEscapeRegexCommand extends StrMapCommand {
    private static final String META = "\\.+*?()|[]{}^$#&-~";

    @Override public Signature signature() {
        return sig("str escape-regex", "Escape regex metacharacters in text.", "string").searchTerms("regex", "escape");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Escape dots", "'192.168.1.1' | str escape-regex", Value.of("192\\.168\\.1\\.1")),
                Example.of("Escape each string", "['(abc)', '1 + 1'] | str escape-regex",
                        new Value.ListV(List.of(Value.of("\\(abc\\)"), Value.of("1 \\+ 1")))));
    }

    @Override protected Value apply(String s, Call call) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (META.indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return Value.of(sb.toString());
    }
}
