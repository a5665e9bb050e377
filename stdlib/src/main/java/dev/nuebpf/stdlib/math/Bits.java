package dev.nuebpf.stdlib.math;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.strings.Operate;
import java.util.function.UnaryOperator;

/**
 * Shared rules of the {@code bits} commands: an int is treated as a 1, 2, 4 or 8 byte word (the smallest that
 * holds it, or --number-bytes), read back signed when the input was negative or --signed was given, else
 * unsigned; binary values are one long big-endian bit string.
 */
final class Bits {
    private Bits() {}

    /** The byte width of {@code v}: the smallest of 1, 2, 4, 8 holding it (signed range when {@code signed}). */
    static int minimalWidth(long v, boolean signed) {
        for (int w : new int[] {1, 2, 4}) {
            int bits = w * 8;
            if (signed || v < 0) {
                if (v >= -(1L << (bits - 1)) && v < (1L << (bits - 1))) return w;
            } else if (v < (1L << bits)) {
                return w;
            }
        }
        return 8;
    }

    /** The --number-bytes flag (1, 2, 4 or 8), or null. */
    static Integer numberBytes(Call call) {
        Long n = call.intFlag("number-bytes");
        if (n == null) return null;
        if (n != 1 && n != 2 && n != 4 && n != 8) {
            throw MathErrors.unsupported("Only 1, 2, 4, or 8 bytes are supported as word sizes", call.head(), call.flagSpan("number-bytes"));
        }
        return n.intValue();
    }

    static long mask(int width) { return width == 8 ? -1L : (1L << (width * 8)) - 1; }

    /** The low {@code width} bytes of {@code x}, sign-extended or zero-extended; unsigned 8-byte values must fit an int. */
    static long narrow(long x, int width, boolean signed, Call call) {
        if (width == 8) {
            if (!signed && x < 0) throw ShellException.of("nu::shell::error", "result out of range for int", call.head(), "result out of range for int");
            return x;
        }
        int bits = width * 8;
        long m = x & mask(width);
        return signed ? (m << (64 - bits)) >> (64 - bits) : m;
    }

    /** The shift amount argument, checked against the width in bits. */
    static int shift(Call call, int widthBits, boolean allowFullWidth) {
        long s = call.intArg(0);
        if (s < 0 || s > widthBits || (s == widthBits && !allowFullWidth)) {
            throw dev.nuebpf.command.Errors.incorrectValue("shift amount must be between 0 and " + widthBits + " bits", call.positionalSpan(0));
        }
        return (int) s;
    }

    /** Maps ints and binaries of the input (a value or a list of them) with the given operations. */
    static PipelineData map(Call call, PipelineData input, UnaryOperator<Long> onInt, UnaryOperator<byte[]> onBinary) {
        return Operate.mapEach(input, v -> switch (v) {
            case Value.Int i -> Value.of(onInt.apply(i.value()));
            case Value.Binary b -> new Value.Binary(onBinary.apply(b.bytes()));
            default -> throw dev.nuebpf.stdlib.common.ShellErrors.unsupportedInput("int and binary", v, call.head(), null);
        });
    }

    /** A byte array as one big-endian number shifted left (or right) by {@code s} bits, keeping its length. */
    static byte[] shiftBytes(byte[] b, int s, boolean left) {
        java.math.BigInteger x = new java.math.BigInteger(1, b);
        x = left ? x.shiftLeft(s) : x.shiftRight(s);
        return toBytes(x, b.length);
    }

    static byte[] rotateBytes(byte[] b, int s, boolean left) {
        int n = b.length * 8;
        if (n == 0) return b;
        s %= n;
        if (!left) s = (n - s) % n;
        java.math.BigInteger x = new java.math.BigInteger(1, b);
        java.math.BigInteger rotated = x.shiftLeft(s).or(x.shiftRight(n - s));
        return toBytes(rotated, b.length);
    }

    /** The low {@code len} bytes of a non-negative number, big-endian. */
    private static byte[] toBytes(java.math.BigInteger x, int len) {
        byte[] raw = x.toByteArray();
        byte[] out = new byte[len];
        for (int i = 0; i < len && i < raw.length; i++) out[len - 1 - i] = raw[raw.length - 1 - i];
        return out;
    }
}
