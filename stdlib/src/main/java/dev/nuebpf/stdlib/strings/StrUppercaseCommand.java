package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.List;
import java.util.Locale;

/** {@code str uppercase} (and its deprecated alias {@code str upcase}): full Unicode upper-casing. */
public final class StrUppercaseCommand extends StrMapCommand {
    private final String name;

    public StrUppercaseCommand(String name) { this.name = name; }

    @Override public Signature signature() {
        return sig(name, "Make text uppercase.", "string").searchTerms("uppercase", "upper case", "upper-case");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Uppercase a string", "'nu' | " + name, Value.of("NU")),
                Example.of("Uppercase one column of a table", "[[a b]; [x y]] | " + name + " a",
                        new Value.ListV(List.of(Record.of("a", Value.of("X"), "b", Value.of("y"))))));
    }

    @Override protected Value apply(String s, Call call) { return Value.of(s.toUpperCase(Locale.ROOT)); }
}
