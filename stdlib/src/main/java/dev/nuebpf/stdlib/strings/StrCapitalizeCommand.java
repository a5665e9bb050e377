package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.List;

/** {@code str capitalize}: upper-cases only the first character. */
public final class StrCapitalizeCommand extends StrMapCommand {
    @Override public Signature signature() {
        return sig("str capitalize", "Upper-case the first character of text.", "string")
                .searchTerms("convert", "style", "caps", "upper");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Capitalize a sentence", "'good day' | str capitalize", Value.of("Good day")),
                Example.of("Capitalize a column", "[[lang]; [nu_test]] | str capitalize lang",
                        new Value.ListV(List.of(Record.of("lang", Value.of("Nu_test"))))));
    }

    @Override protected Value apply(String s, Call call) { return Value.of(Text.capitalize(s)); }
}
