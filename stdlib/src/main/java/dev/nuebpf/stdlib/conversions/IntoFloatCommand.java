package dev.nuebpf.stdlib.conversions;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code into float}: ints, bools and numeric strings (including {@code inf}/{@code NaN}) become floats. */
public final class IntoFloatCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("into float", Category.CONVERSIONS)
                .description("Convert data into floating point number.")
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, convert data at the given cell paths.")
                .io("int", "float").io("string", "float").io("bool", "float").io("float", "float")
                .io("table", "table").io("record", "record").io("list<any>", "list<float>")
                .searchTerms("convert", "number", "floating", "decimal");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Convert string to float in table", "[[num]; ['5.01']] | into float num",
                        new Value.ListV(List.of(Record.of("num", Value.of(5.01))))),
                Example.of("Convert string to floating point number", "'1.345' | into float", Value.of(1.345)),
                Example.of("Coerce list of ints and floats to float", "[4 -5.9] | into float",
                        new Value.ListV(List.of(Value.of(4.0), Value.of(-5.9)))),
                Example.of("Convert boolean to float", "true | into float", Value.of(1.0)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return Operate.map(call, input, v -> convert(v, call.head()));
    }

    static Value convert(Value v, Span head) {
        return switch (v) {
            case Value.Float f -> f;
            case Value.Int i -> Value.of((double) i.value());
            case Value.Bool b -> Value.of(b.value() ? 1.0 : 0.0);
            case Value.Str s -> {
                Double d = parse(s.value());
                if (d == null) throw Errors.cantConvert("float", "invalid float literal", head);
                yield Value.of(d);
            }
            case Value.Nothing n -> throw ShellException.of("nu::parser::input_type_mismatch",
                    "Command does not support nothing input.", head, "command doesn't support nothing input");
            default -> throw Errors.unsupportedInput("into float", "string, int or bool", v, head, head);
        };
    }

    /** Rust's f64 parsing: decimal and exponent forms, inf/infinity/nan in any case, no underscores or hex. */
    static Double parse(String raw) {
        String s = raw.trim();
        String l = s.toLowerCase(java.util.Locale.ROOT);
        String body = l.startsWith("+") || l.startsWith("-") ? l.substring(1) : l;
        boolean neg = l.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (body.equals("nan")) return Double.NaN;
        if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) return null;
        return Double.parseDouble(s);
    }
}
