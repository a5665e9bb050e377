package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.List;
import java.util.Locale;

/** {@code str lowercase} (and its deprecated alias {@code str downcase}): full Unicode lower-casing. */
public final class StrLowercaseCommand extends StrMapCommand {
    private final String name;

    public StrLowercaseCommand(String name) { this.name = name; }

    @Override public Signature signature() {
        return sig(name, "Make text lowercase.", "string").searchTerms("lowercase", "lower case", "lower-case");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Lowercase a string", "'NU' | " + name, Value.of("nu")),
                Example.of("Lowercase two columns", "[[a b]; [Test ABC]] | " + name + " a b",
                        new Value.ListV(List.of(Record.of("a", Value.of("test"), "b", Value.of("abc"))))));
    }

    // Java's ROOT lower-casing already turns a word-final sigma into ς, as nu does.
    @Override protected Value apply(String s, Call call) { return Value.of(s.toLowerCase(Locale.ROOT)); }
}
