package dev.nuebpf.stdlib.filters;

import dev.nuebpf.command.Call;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.stdlib.common.TypeNames;
import java.util.Arrays;

/** Reading the row-count argument of first/last/skip/take/drop (an int, or a filesize for binary input). */
final class Counts {
    private Counts() {}

    /** The count at positional {@code i}, or {@code dflt} when absent; negative counts are rejected. */
    static long count(Call call, int i, long dflt) {
        Value v = call.positional(i);
        if (v == null) return dflt;
        long n;
        if (v instanceof Value.Int x) n = x.value();
        else if (v instanceof Value.Filesize f) n = f.bytes();
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
