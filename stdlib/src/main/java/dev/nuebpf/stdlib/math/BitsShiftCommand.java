package dev.nuebpf.stdlib.math;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/**
 * {@code bits shl}, {@code bits shr}, {@code bits rol}, {@code bits ror}. Shifts work on a 64-bit word unless
 * --number-bytes narrows it; rotations on the smallest word holding the value. Binary input shifts or rotates
 * as one bit string of unchanged length.
 */
public final class BitsShiftCommand implements Command {
    public enum Kind {
        SHL("shl", "Shift bits left.", true, false), SHR("shr", "Shift bits right.", false, false),
        ROL("rol", "Rotate bits left.", true, true), ROR("ror", "Rotate bits right.", false, true);

        final String id, description;
        final boolean left, rotate;

        Kind(String id, String description, boolean left, boolean rotate) {
            this.id = id;
            this.description = description;
            this.left = left;
            this.rotate = rotate;
        }
    }

    private final Kind kind;

    public BitsShiftCommand(Kind kind) { this.kind = kind; }

    @Override public Signature signature() {
        return Signature.build("bits " + kind.id, Category.MATH)
                .description(kind.description)
                .required("bits", SyntaxShape.INT, "Number of bits to " + (kind.rotate ? "rotate" : "shift") + ".")
                .switchFlag("signed", "Treat the value as a signed number.", 's')
                .named("number-bytes", SyntaxShape.INT, "The word size in bytes: 1, 2, 4 or 8.", 'n')
                .io("int", "int").io("binary", "binary").io("list<int>", "list<int>").io("list<binary>", "list<binary>")
                .searchTerms(kind.rotate ? "rotate" : "shift", kind.id);
    }

    @Override public List<Example> examples() {
        return switch (kind) {
            case SHL -> List.of(
                    Example.of("Shift left", "2 | bits shl 7", Value.of(256)),
                    Example.of("Within one signed byte", "0x7F | bits shl 1 --signed --number-bytes 1", Value.of(-2)),
                    Example.of("Shift a binary", "0x[4f f4] | bits shl 4", new Value.Binary(new byte[] {(byte) 0xff, 0x40})));
            case SHR -> List.of(
                    Example.of("Shift right", "8 | bits shr 2", Value.of(2)),
                    Example.of("Negative numbers keep their sign", "-32 | bits shr 2", Value.of(-8)));
            case ROL -> List.of(
                    Example.of("Rotate within a byte", "[1 2 7 32 9 10] | bits rol 3",
                            MathExamples.list(8, 16, 56, 1, 72, 80)),
                    Example.of("Rotate a binary", "0x[c0 ff ee] | bits rol 10",
                            new Value.Binary(new byte[] {(byte) 0xff, (byte) 0xbb, 0x03})));
            case ROR -> List.of(
                    Example.of("Rotate right", "17 | bits ror 2", Value.of(68)),
                    Example.of("In a two-byte word", "[15 33 92] | bits ror 2 --number-bytes 2", MathExamples.list(49155, 16392, 23)));
        };
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean signed = call.has("signed");
        Integer nb = Bits.numberBytes(call);
        return Bits.map(call, input, v -> {
            boolean sgn = signed || v < 0;
            int width = nb != null ? nb : kind.rotate ? Bits.minimalWidth(v, signed) : 8;
            int bits = width * 8;
            int s = Bits.shift(call, bits, kind.rotate);
            long m = v & Bits.mask(width);
            long r;
            if (kind.rotate) {
                int k = s % bits;
                if (!kind.left) k = (bits - k) % bits;
                r = k == 0 ? m : ((m << k) | (m >>> (bits - k))) & Bits.mask(width);
            } else if (kind.left) {
                r = v << s;
            } else {
                long src = sgn ? Bits.narrow(v, width, true, call) : m;
                r = sgn ? src >> s : src >>> s;
            }
            return Bits.narrow(r, width, sgn, call);
        }, b -> {
            int s = Bits.shift(call, b.length * 8, true);
            return kind.rotate ? Bits.rotateBytes(b, s, kind.left) : Bits.shiftBytes(b, s, kind.left);
        });
    }
}
