package dev.nuebpf.stdlib.math;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.stdlib.strings.Operate;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;
import java.util.Locale;

/**
 * {@code bits and}, {@code bits or}, {@code bits xor}: with an int target on ints, with a binary target on
 * binaries; binaries of different lengths are padded with zeros at the end (--endian little, the default)
 * or at the start (--endian big).
 */
public final class BitsLogicCommand implements Command {
    public enum Op {
        AND("and", "Bitwise and of a number or binary with a target."),
        OR("or", "Bitwise or of a number or binary with a target."),
        XOR("xor", "Bitwise exclusive or of a number or binary with a target.");

        final String id, description;

        Op(String id, String description) {
            this.id = id;
            this.description = description;
        }

        long apply(long a, long b) {
            return switch (this) {
                case AND -> a & b;
                case OR -> a | b;
                case XOR -> a ^ b;
            };
        }
    }

    private final Op op;

    public BitsLogicCommand(Op op) { this.op = op; }

    @Override public Signature signature() {
        return Signature.build("bits " + op.id, Category.MATH)
                .description(op.description)
                .required("target", SyntaxShape.ANY, "The int or binary to combine with.")
                .named("endian", SyntaxShape.STRING, "How to align binaries of different lengths: big or little (default).", 'e')
                .io("int", "int").io("binary", "binary").io("list<int>", "list<int>").io("list<binary>", "list<binary>")
                .searchTerms("logic " + op.id, "bitwise");
    }

    @Override public List<Example> examples() {
        return switch (op) {
            case AND -> List.of(
                    Example.of("And with an int", "[4 3 2] | bits and 2", MathExamples.list(0, 2, 2)),
                    Example.of("Shorter binary aligned at the end", "0x[c0 ff ee] | bits and 0x[ff] --endian big",
                            new Value.Binary(new byte[] {0, 0, (byte) 0xee})));
            case OR -> List.of(
                    Example.of("Or with an int", "[8 3 2] | bits or 2", MathExamples.list(10, 3, 2)),
                    Example.of("Or two binaries", "0x[88 cc] | bits or 0x[42 32]", new Value.Binary(new byte[] {(byte) 0xca, (byte) 0xfe})));
            case XOR -> List.of(
                    Example.of("Xor with an int", "[8 3 2] | bits xor 2", MathExamples.list(10, 1, 0)),
                    Example.of("Shorter binary aligned at the start", "0x[ff] | bits xor 0x[12 34 56] --endian little",
                            new Value.Binary(new byte[] {(byte) 0xed, 0x34, 0x56})));
        };
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value target = call.req(0);
        String endian = call.stringFlag("endian");
        boolean big = endian != null && endian.toLowerCase(Locale.ROOT).equals("big");
        if (endian != null && !big && !endian.equalsIgnoreCase("little") && !endian.equalsIgnoreCase("native")) {
            throw dev.nuebpf.command.Errors.incorrectValue("endian must be big, little or native", call.flagSpan("endian"));
        }
        return Operate.mapEach(input, v -> {
            if (v instanceof Value.Int a && target instanceof Value.Int b) return Value.of(op.apply(a.value(), b.value()));
            if (v instanceof Value.Binary a && target instanceof Value.Binary b) return new Value.Binary(combine(a.bytes(), b.bytes(), big));
            throw ShellErrors.unsupportedInput(target instanceof Value.Binary ? "binary" : "int", v, call.head(), null);
        });
    }

    private byte[] combine(byte[] a, byte[] b, boolean big) {
        int n = Math.max(a.length, b.length);
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            int x = at(a, i, n, big), y = at(b, i, n, big);
            out[i] = (byte) op.apply(x, y);
        }
        return out;
    }

    /** Byte i of {@code b} padded to {@code n} bytes (zeros in front when big-endian, behind when little). */
    private static int at(byte[] b, int i, int n, boolean big) {
        int j = big ? i - (n - b.length) : i;
        return j >= 0 && j < b.length ? b[j] & 0xff : 0;
    }
}
