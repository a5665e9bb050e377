package dev.nuebpf.stdlib.filters;

import dev.nuebpf.command.Call;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.runtime.TypeNames;
import java.util.Arrays;

/** Reading the row-count argument of first/last/skip/take/drop (an int, or a filesize for binary input). */
final class Counts {
    private Counts() {}

    /** True when positional {@code i} was given (a null from an optional def parameter counts as absent). */
    static boolean given(Call call, int i) {
        Value v = call.positional(i);
        return v != null && v != Value.NOTHING;
    }

    /**
     * The count at positional {@code i}, or {@code dflt} when absent; negative counts are rejected, and a
     * filesize is only accepted when the input is binary.
     */
    static long count(Call call, int i, long dflt, dev.nuebpf.runtime.PipelineData input) {
        if (!given(call, i)) return dflt;
        Value v = call.positional(i);
        long n;
        if (v instanceof Value.Int x) n = x.value();
        else if (v instanceof Value.Filesize f) {
            if (!(input instanceof dev.nuebpf.runtime.PipelineData.Single s && s.value() instanceof Value.Binary)
                    && !(input instanceof dev.nuebpf.runtime.PipelineData.ByteStream))
                throw dev.nuebpf.command.ShellException.of("nu::shell::incompatible_parameters", "Incompatible parameters.", call.head(),
                        "Filesize is only supported for binary/byte stream input");
            n = f.bytes();
        }
        else throw ShellErrors.typeMismatch("expected int or filesize, found " + TypeNames.of(v), call.positionalSpan(i));
        if (n < 0) throw ShellErrors.needsPositive(call.positionalSpan(i));
        return n;
    }

    static Value.Binary slice(Value.Binary b, long from, long to) {
        int len = b.bytes().length;
        int f = (int) Math.max(0, Math.min(len, from));
        int t = (int) Math.max(f, Math.min(len, to));
        return new Value.Binary(Arrays.copyOfRange(b.bytes(), f, t));
    }
}
