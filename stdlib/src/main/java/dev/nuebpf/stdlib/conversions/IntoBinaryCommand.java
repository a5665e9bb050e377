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
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.date.Strftime;
import dev.nuebpf.syntax.SyntaxShape;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** {@code into binary}: numbers as 8 bytes (little-endian unless --endian big), strings as UTF-8. */
public final class IntoBinaryCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("into binary", Category.CONVERSIONS)
                .description("Convert value to a binary primitive.")
                .switchFlag("compact", "Output without padding zeros.", 'c')
                .named("endian", SyntaxShape.STRING, "Byte encode endian. Does not affect string, date or binary. In containers, only individual elements are affected. Available options: native(default), little, big.", 'e')
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, convert data at the given cell paths.")
                .io("binary", "binary").io("int", "binary").io("number", "binary").io("string", "binary").io("bool", "binary")
                .io("filesize", "binary").io("datetime", "binary").io("duration", "binary").io("table", "table").io("record", "record")
                .searchTerms("convert", "bytes");
    }

    private static Value bin(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
        return new Value.Binary(out);
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("convert string to a nushell binary primitive", "'abc' | into binary", bin(0x61, 0x62, 0x63)),
                Example.of("convert a number to a nushell binary primitive", "1 | into binary", bin(1, 0, 0, 0, 0, 0, 0, 0)),
                Example.of("convert a number to a nushell binary primitive (big endian)", "258 | into binary --endian big", bin(0, 0, 0, 0, 0, 0, 1, 2)),
                Example.of("convert a number to a nushell binary primitive (little endian)", "258 | into binary --endian little", bin(2, 1, 0, 0, 0, 0, 0, 0)),
                Example.of("convert a boolean to a nushell binary primitive", "true | into binary", bin(1, 0, 0, 0, 0, 0, 0, 0)),
                Example.of("convert a filesize to a nushell binary primitive", "1sec | into binary", bin(0x00, 0xCA, 0x9A, 0x3B, 0, 0, 0, 0)),
                Example.of("convert a float to a nushell binary primitive", "1.234 | into binary", bin(0x58, 0x39, 0xB4, 0xC8, 0x76, 0xBE, 0xF3, 0x3F)),
                Example.of("convert an int to a nushell binary primitive with compact enabled", "10 | into binary --compact", bin(0x0A)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String endian = call.stringFlag("endian");
        if (endian != null && !List.of("native", "little", "big").contains(endian)) {
            throw Errors.incorrectValue("Endian must be one of native, little, big", call.flagSpan("endian"));
        }
        boolean big = "big".equals(endian);
        boolean compact = call.has("compact");
        if (input instanceof PipelineData.Single s && s.value() instanceof Value.ListV l && call.rest().isEmpty()) {
            throw ShellException.of("nu::parser::input_type_mismatch", "Command does not support list input.", call.head(),
                    "command doesn't support list input");
        }
        return Operate.map(call, input, v -> convert(v, big, compact, call.head()));
    }

    static Value convert(Value v, boolean big, boolean compact, Span head) {
        return switch (v) {
            case Value.Binary b -> b;
            case Value.Str s -> new Value.Binary(s.value().getBytes(StandardCharsets.UTF_8));
            case Value.Int i -> number(i.value(), big, compact);
            case Value.Bool b -> number(b.value() ? 1 : 0, big, compact);
            case Value.Duration d -> number(d.nanos(), big, compact);
            case Value.Filesize f -> number(f.bytes(), big, compact);
            case Value.Float f -> {
                ByteBuffer bb = ByteBuffer.allocate(8).order(big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
                bb.putDouble(f.value());
                yield new Value.Binary(bb.array());
            }
            case Value.Date d -> {
                try {
                    yield new Value.Binary(Strftime.format(d.value(), "%a %b %e %H:%M:%S %Y").getBytes(StandardCharsets.UTF_8));
                } catch (Strftime.FormatException e) {
                    throw Errors.cantConvert("binary", "datetime", head);
                }
            }
            case Value.Nothing n -> throw ShellException.of("nu::parser::input_type_mismatch",
                    "Command does not support nothing input.", head, "command doesn't support nothing input");
            default -> throw Errors.unsupportedInput("into binary",
                    "int, float, filesize, string, date, duration, binary, or bool", v, head, head);
        };
    }

    private static Value number(long n, boolean big, boolean compact) {
        ByteBuffer bb = ByteBuffer.allocate(8).order(big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        bb.putLong(n);
        byte[] b = bb.array();
        if (!compact) return new Value.Binary(b);
        if (big) {
            int start = 0;
            while (start < 7 && b[start] == 0) start++;
            return new Value.Binary(Arrays.copyOfRange(b, start, 8));
        }
        int end = 8;
        while (end > 1 && b[end - 1] == 0) end--;
        return new Value.Binary(Arrays.copyOf(b, end));
    }
}
