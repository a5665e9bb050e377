package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.List;

/** The case-style commands: one {@link CaseStyle} each ({@code str snake-case}, {@code str camel-case} ...). */
public final class StrCaseCommand extends StrMapCommand {
    private final CaseStyle style;

    public StrCaseCommand(CaseStyle style) { this.style = style; }

    @Override public Signature signature() {
        return sig("str " + style.id, "Convert text to " + style.label + ".", "string")
                .searchTerms("convert", "style", "case", style.label);
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Convert a string", "'NuShell' | str " + style.id, Value.of(style.apply("NuShell"))),
                Example.of("Convert from kebab case", "'this-is-the-first-case' | str " + style.id,
                        Value.of(style.expectedFirstCase)),
                Example.of("Convert one column", "[[lang, gems]; [nu_test, 100]] | str " + style.id + " lang",
                        new Value.ListV(List.of(Record.of("lang", Value.of(style.apply("nu_test")), "gems", Value.of(100))))));
    }

    @Override protected Value apply(String s, Call call) { return Value.of(style.apply(s)); }
}
