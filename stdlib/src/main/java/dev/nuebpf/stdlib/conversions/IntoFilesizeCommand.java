package dev.nuebpf.stdlib.conversions;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.Units;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code into filesize}: numbers are bytes (floats truncate), strings may carry a unit ("1.5 kB", "-1KB"). */
public final class IntoFilesizeCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("into filesize", Category.CONVERSIONS)
                .description("Convert value to filesize.")
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, convert data at the given cell paths.")
                .io("int", "filesize").io("number", "filesize").io("string", "filesize").io("filesize", "filesize")
                .io("table", "table").io("record", "record").io("list<any>", "list<filesize>")
                .searchTerms("convert", "number", "bytes");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Convert string to filesize in table", "[[device size]; [\"/dev/sda1\" \"200\"] [\"/dev/loop0\" \"50\"]] | into filesize size",
                        new Value.ListV(List.of(Record.of("device", Value.of("/dev/sda1"), "size", new Value.Filesize(200)),
                                Record.of("device", Value.of("/dev/loop0"), "size", new Value.Filesize(50))))),
                Example.of("Convert string to filesize", "'2' | into filesize", new Value.Filesize(2)),
                Example.of("Convert float to filesize", "8.3 | into filesize", new Value.Filesize(8)),
                Example.of("Convert int to filesize", "5 | into filesize", new Value.Filesize(5)),
                Example.of("Convert file size to filesize", "4KB | into filesize", new Value.Filesize(4000)),
                Example.of("Convert string with unit to filesize", "'-1KB' | into filesize", new Value.Filesize(-1000)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return Operate.map(call, input, v -> convert(v, call.head()));
    }

    static Value convert(Value v, Span head) {
        return switch (v) {
            case Value.Filesize f -> f;
            case Value.Int i -> new Value.Filesize(i.value());
            case Value.Float f -> new Value.Filesize((long) f.value());
            case Value.Str s -> {
                Long b = parse(s.value());
                if (b == null) throw Errors.cantConvert("filesize", "string", head);
                yield new Value.Filesize(b);
            }
            case Value.Nothing n -> throw ShellException.of("nu::parser::input_type_mismatch",
                    "Command does not support nothing input.", head, "command doesn't support nothing input");
            default -> throw ShellException.of("nu::parser::input_type_mismatch",
                    "Command does not support " + v.typeName() + " input.", head, "command doesn't support " + v.typeName() + " input");
        };
    }

    /** "2", "-1", "+1kB", "1.5 kb": optional sign, a number, optional space, optional unit. */
    static Long parse(String raw) {
        String s = raw.trim().replace(",", "").replaceAll("(?<=\\d)\\s+(?=[A-Za-z])", "");
        if (s.startsWith("+")) {
            s = s.substring(1);
            if (s.startsWith("+") || s.startsWith("-")) return null;
        }
        if (s.matches("-?\\d+")) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return Units.parseFilesize(s);
    }
}
