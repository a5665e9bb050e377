package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.syntax.SyntaxShape;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * {@code format bits}: the bytes of a value written as 8-digit binary groups. Numbers (ints, durations in ns,
 * filesizes in bytes) use the smallest signed word holding them, big-endian unless --endian little; strings
 * use their UTF-8 bytes, binaries their bytes.
 */
public final class FormatBitsCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("format bits", Category.STRINGS)
                .description("Write the bits of a value as groups of eight binary digits.")
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, convert the data at the given cell paths.")
                .named("endian", SyntaxShape.STRING, "Byte order of numbers: big (default) or little.", 'e')
                .io("binary", "string").io("int", "string").io("filesize", "string").io("duration", "string")
                .io("string", "string").io("bool", "string").io("table", "table").io("record", "record")
                .searchTerms("binary", "bits");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("A binary", "0x[1] | format bits", Value.of("00000001")),
                Example.of("An int takes the bytes it needs", "258 | format bits", Value.of("00000001 00000010")),
                Example.of("Little-endian", "258 | format bits --endian little", Value.of("00000010 00000001")),
                Example.of("A string's UTF-8 bytes", "'nu' | format bits", Value.of("01101110 01110101")),
                Example.of("A column of a table", "[[a]; [1]] | format bits a",
                        new Value.ListV(List.of(Record.of("a", Value.of("00000001"))))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String endian = call.stringFlag("endian");
        boolean little = endian != null && endian.toLowerCase(Locale.ROOT).equals("little");
        return Operate.map(input, call, v -> Value.of(bits(bytes(v, little, call))));
    }

    private static byte[] bytes(Value v, boolean little, Call call) {
        return switch (v) {
            case Value.Binary b -> b.bytes();
            case Value.Str s -> s.value().getBytes(StandardCharsets.UTF_8);
            case Value.Bool b -> new byte[] {(byte) (b.value() ? 1 : 0)};
            case Value.Int i -> word(i.value(), little);
            case Value.Duration d -> word(d.nanos(), little);
            case Value.Filesize f -> word(f.bytes(), little);
            default -> throw ShellErrors.unsupportedInput("int, filesize, duration, string, bool or binary", v, call.head(), null);
        };
    }

    /** The value in the smallest signed word (1, 2, 4 or 8 bytes) that holds it. */
    private static byte[] word(long v, boolean little) {
        int width = v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE ? 1 : v >= Short.MIN_VALUE && v <= Short.MAX_VALUE ? 2
                : v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? 4 : 8;
        byte[] out = new byte[width];
        for (int i = 0; i < width; i++) out[little ? i : width - 1 - i] = (byte) (v >>> (8 * i));
        return out;
    }

    private static String bits(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b.length; i++) {
            if (i > 0) sb.append(' ');
            String s = Integer.toBinaryString(b[i] & 0xff);
            sb.append("0".repeat(8 - s.length())).append(s);
        }
        return sb.toString();
    }
}
