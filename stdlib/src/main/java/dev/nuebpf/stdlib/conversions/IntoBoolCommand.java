package dev.nuebpf.stdlib.conversions;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;
import java.util.Locale;

/** {@code into bool}: numbers are true unless zero; strings "true"/"false" or numeric; --relaxed accepts anything. */
public final class IntoBoolCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("into bool", Category.CONVERSIONS)
                .description("Convert value to boolean.")
                .switchFlag("relaxed", "Relaxes conversion to also allow null and any strings.", null)
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, convert data at the given cell paths.")
                .io("int", "bool").io("number", "bool").io("string", "bool").io("bool", "bool").io("nothing", "bool")
                .io("list<any>", "table").io("table", "table").io("record", "record")
                .searchTerms("convert", "boolean", "true", "false", "1", "0");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Convert value to boolean in table", "[[value]; ['false'] ['1'] [0] [1.0] [true]] | into bool value",
                        new Value.ListV(List.of(Record.of("value", Value.of(false)), Record.of("value", Value.of(true)),
                                Record.of("value", Value.of(false)), Record.of("value", Value.of(true)), Record.of("value", Value.of(true))))),
                Example.of("Convert bool to boolean", "true | into bool", Value.of(true)),
                Example.of("convert int to boolean", "1 | into bool", Value.of(true)),
                Example.of("convert float to boolean", "0.3 | into bool", Value.of(true)),
                Example.of("convert float string to boolean", "'0.0' | into bool", Value.of(false)),
                Example.of("convert string to boolean", "'true' | into bool", Value.of(true)),
                Example.of("interpret a null as false", "null | into bool --relaxed", Value.of(false)),
                Example.of("interpret any non-false, non-zero string as true", "'something' | into bool --relaxed", Value.of(true)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean relaxed = call.has("relaxed");
        return Operate.map(call, input, v -> convert(v, relaxed, call.head()));
    }

    static Value convert(Value v, boolean relaxed, Span head) {
        return switch (v) {
            case Value.Bool b -> b;
            case Value.Int i -> Value.of(i.value() != 0);
            case Value.Float f -> Value.of(f.value() != 0);
            case Value.Str s -> {
                Boolean b = parse(s.value());
                if (b == null) {
                    if (relaxed) yield Value.of(true);
                    throw Errors.cantConvert("boolean", "string", head);
                }
                yield Value.of(b);
            }
            case Value.Nothing n when relaxed -> Value.of(false);
            default -> throw Errors.unsupportedInput("into bool", "bool, int, float or string", v, head, head);
        };
    }

    private static Boolean parse(String raw) {
        String s = raw.trim().toLowerCase(Locale.ROOT);
        if (s.equals("true")) return true;
        if (s.equals("false")) return false;
        Double d = IntoFloatCommand.parse(s);
        return d == null ? null : d != 0;
    }
}
