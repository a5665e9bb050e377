package dev.nuebpf.truffle.translate;

import dev.nuebpf.runtime.Types;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.CommandSig;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.Pipeline;
import dev.nuebpf.syntax.TypeAnn;

/** nu's parse-time output check: a def whose body visibly ends in a literal of the wrong type is an error. */
final class OutputCheck {
    private OutputCheck() {}

    static void literalResult(DefInfo d) {
        if (!d.hasOutputTypes() || d.def.body().pipelines().isEmpty()) return;
        Pipeline last = d.def.body().pipelines().get(d.def.body().pipelines().size() - 1);
        Expr e = last.elements().get(last.elements().size() - 1).expr();
        Value sample = switch (e) {
            case Expr.StringLit x -> Value.of("");
            case Expr.Interpolation x -> Value.of("");
            case Expr.IntLit x -> Value.of(0);
            case Expr.FloatLit x -> Value.of(0.0);
            case Expr.BoolLit x -> Value.of(false);
            default -> null;
        };
        if (sample == null) return;
        for (CommandSig.IoType io : d.def.signature().ioTypes()) {
            TypeAnn o = io.output();
            if (Types.matches(sample, o) || o.name().equals("oneof")) return;
        }
        TypeAnn first = d.def.signature().ioTypes().get(0).output();
        throw CompileError.of("nu::parser::output_type_mismatch", "Command output doesn't match " + first + ".", e.span(),
                "expected " + first + ", but command outputs " + sample.typeName());
    }
}
