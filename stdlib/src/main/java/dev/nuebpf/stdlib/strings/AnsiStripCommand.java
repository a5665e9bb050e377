package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import java.util.List;
import java.util.regex.Pattern;

/** {@code ansi strip}: removes ANSI escape sequences (colours, cursor moves, OSC links) from text. */
public final class AnsiStripCommand extends StrMapCommand {
    private static final Pattern ANSI = Pattern.compile(
            "\\x1b\\[[0-?]*[ -/]*[@-~]"              // CSI: colours, cursor
            + "|\\x1b\\][^\\x07\\x1b]*(?:\\x07|\\x1b\\\\)" // OSC: titles, hyperlinks
            + "|\\x1b[@-Z\\\\-_]");                  // other two-byte escapes

    @Override public Signature signature() {
        return sig("ansi strip", "Remove ANSI escape sequences from text.", "string");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Strip colours", "$'(ansi green)hello(ansi reset)' | ansi strip", Value.of("hello")));
    }

    @Override protected Value apply(String s, Call call) { return Value.of(ANSI.matcher(s).replaceAll("")); }
}
