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
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/** {@code into int}: numbers truncate, strings parse (with nu's 0x/0o/0b prefixes or --radix), binary reads bytes. */
public final class IntoIntCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("into int", Category.CONVERSIONS)
                .description("Convert value to integer.")
                .named("radix", SyntaxShape.NUMBER, "Radix of integer.", 'r')
                .named("endian", SyntaxShape.STRING, "Byte encode endian, available options: native(default), little, big.", 'e')
                .switchFlag("signed", "Always treat input number as a signed number.", 's')
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, convert data at the given cell paths.")
                .io("string", "int").io("number", "int").io("bool", "int").io("datetime", "int").io("duration", "int")
                .io("filesize", "int").io("binary", "int").io("table", "table").io("record", "record").io("list<any>", "list<int>")
                .searchTerms("convert", "number", "natural");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Convert string to int in table", "[[num]; ['-5'] [4] [1.5]] | into int num",
                        new Value.ListV(List.of(Record.of("num", Value.of(-5L)), Record.of("num", Value.of(4L)), Record.of("num", Value.of(1L))))),
                Example.of("Convert string to int", "'2' | into int", Value.of(2L)),
                Example.of("Convert float to int", "5.9 | into int", Value.of(5L)),
                Example.of("Convert decimal string to int", "'5.9' | into int", Value.of(5L)),
                Example.of("Convert file size to int", "4KB | into int", Value.of(4000L)),
                Example.of("Convert bool to int", "[false, true] | into int", new Value.ListV(List.of(Value.of(0L), Value.of(1L)))),
                Example.of("Convert date to int (Unix nanosecond timestamp)", "1983-04-13T12:09:14.123456789-05:00 | into int", Value.of(419101754123456789L)),
                Example.of("Convert to int from binary data (radix: 2)", "'1101' | into int --radix 2", Value.of(13L)),
                Example.of("Convert to int from hex", "'FF' |  into int --radix 16", Value.of(255L)),
                Example.of("Convert octal string to int", "'0o10132' | into int", Value.of(4186L)),
                Example.of("Convert 0 padded string to int", "'0010132' | into int", Value.of(10132L)),
                Example.of("Convert 0 padded string to int with radix 8", "'0010132' | into int --radix 8", Value.of(4186L)),
                Example.of("Convert binary value to int", "0x[10] | into int", Value.of(16L)),
                Example.of("Convert binary value to signed int", "0x[a0] | into int --signed", Value.of(-96L)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Long radix = call.intFlag("radix");
        if (radix != null && (radix < 2 || radix > 36)) {
            throw ShellException.of("nu::shell::type_mismatch", "Type mismatch.", call.flagSpan("radix"), "Radix must lie in the range [2, 36]");
        }
        String endian = call.stringFlag("endian");
        boolean little = endian == null || endian.equals("native") || endian.equals("little");
        if (endian != null && !List.of("native", "little", "big").contains(endian)) {
            throw Errors.incorrectValue("Endian must be one of native, little, big", call.flagSpan("endian"));
        }
        boolean signed = call.has("signed");
        return Operate.map(call, input, v -> convert(v, radix == null ? 10 : radix.intValue(), little, signed, call.head()));
    }

    static Value convert(Value v, int radix, boolean little, boolean signed, Span head) {
        return switch (v) {
            case Value.Int i -> i;
            case Value.Float f -> Value.of((long) f.value());
            case Value.Bool b -> Value.of(b.value() ? 1L : 0L);
            case Value.Duration d -> Value.of(d.nanos());
            case Value.Filesize f -> Value.of(f.bytes());
            case Value.Date d -> {
                var t = d.value().toInstant();
                yield Value.of(Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano()));
            }
            case Value.Str s -> fromString(s.value(), radix, head);
            case Value.Binary b -> {
                if (b.bytes().length > 8) {
                    throw ShellException.of("nu::shell::incorrect_value", "Incorrect value.", head,
                            "binary input is too large to convert to int (" + b.bytes().length + " bytes, at most 8)");
                }
                yield fromBytes(b.bytes(), little, signed);
            }
            case Value.Nothing n -> throw ShellException.of("nu::parser::input_type_mismatch", "Command does not support nothing input.",
                    head, "command doesn't support nothing input");
            default -> throw Errors.unsupportedInput("into int",
                    "int, float, filesize, date, string, binary, duration, or bool", v, head, head);
        };
    }

    static Value fromString(String raw, int radix, Span head) {
        String s = raw.trim().replace(",", ""); // nu accepts thousands separators
        if (radix != 10) {
            boolean neg = s.startsWith("-");
            String digits = neg || s.startsWith("+") ? s.substring(1) : s;
            String lower = digits.toLowerCase(Locale.ROOT);
            if ((radix == 16 && lower.startsWith("0x")) || (radix == 2 && lower.startsWith("0b")) || (radix == 8 && lower.startsWith("0o"))) {
                digits = digits.substring(2);
            }
            try {
                long v = Long.parseLong(digits, radix);
                return Value.of(neg ? -v : v);
            } catch (NumberFormatException e) {
                throw Errors.cantConvert("int", "string", head);
            }
        }
        try {
            return Value.of(Long.parseLong(s.startsWith("+") ? s.substring(1) : s));
        } catch (NumberFormatException ignored) {
            // fall through to prefixed and float forms
        }
        String lower = s.toLowerCase(Locale.ROOT);
        int r = lower.startsWith("0x") ? 16 : lower.startsWith("0b") ? 2 : lower.startsWith("0o") ? 8 : 0;
        try {
            if (r != 0) return Value.of(new BigInteger(s.substring(2), r).longValueExact());
            if (s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) return Value.of((long) Double.parseDouble(s));
        } catch (NumberFormatException | ArithmeticException ignored) {
            // reported below
        }
        throw Errors.cantConvert("int", "string", head);
    }

    /** Up to 8 bytes as an integer; shorter input is sign- or zero-extended; longer input keeps the low bytes. */
    static Value fromBytes(byte[] bytes, boolean little, boolean signed) {
        int n = Math.min(bytes.length, 8);
        long v = 0;
        for (int i = 0; i < n; i++) {
            int idx = little ? n - 1 - i : bytes.length - n + i;
            if (little) idx = n - 1 - i;
            v = (v << 8) | (bytes[idx] & 0xff);
        }
        if (signed && n > 0 && n < 8) {
            int shift = 64 - 8 * n;
            v = (v << shift) >> shift;
        }
        return Value.of(v);
    }
}
