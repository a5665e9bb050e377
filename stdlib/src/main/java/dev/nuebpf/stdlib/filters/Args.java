package dev.nuebpf.stdlib.filters;

import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.runtime.TypeNames;

/** Argument conversions shared by several filters. */
final class Args {
    private Args() {}

    static long intOf(Value v, Span span) {
        if (v instanceof Value.Int i) return i.value();
        throw ShellErrors.typeMismatch("expected int, found " + TypeNames.of(v), span);
    }
}
