package dev.nuebpf.stdlib.filters;

import dev.nuebpf.command.Call;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.Closures;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.stdlib.common.ShellErrors;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** The lazy streams behind take/skip while/until: {@code whileMode} false means "until" (the predicate negated). */
final class PredicateStreams {
    private PredicateStreams() {}

    static PipelineData take(Call call, PipelineData input, Value.ClosureV c, boolean whileMode, Long include) {
        if (include != null && include < 0) throw ShellErrors.needsPositive(call.flagSpan("include"));
        long extra = include == null ? 0 : include;
        Iterator<Value> it = Inputs.listIterator(call, input, "list, table or range");
        return PipelineData.stream(new Iterator<>() {
            boolean stopped;
            long extraLeft = extra;
            Value next;
            public boolean hasNext() {
                if (next != null) return true;
                if (!it.hasNext() || call.engine().interrupted()) return false;
                if (stopped) {
                    if (extraLeft <= 0) return false;
                    extraLeft--;
                    next = it.next();
                    return true;
                }
                Value v = it.next();
                if (Closures.test(call, c, v) == whileMode) {
                    next = v;
                    return true;
                }
                stopped = true;
                if (extraLeft <= 0) return false;
                extraLeft--;
                next = v;
                return true;
            }
            public Value next() {
                if (!hasNext()) throw new NoSuchElementException();
                Value v = next;
                next = null;
                return v;
            }
        }, call.head());
    }

    static PipelineData skip(Call call, PipelineData input, Value.ClosureV c, boolean whileMode) {
        Iterator<Value> it = Inputs.listIterator(call, input, "list, table or range");
        return PipelineData.stream(new Iterator<>() {
            boolean skipping = true;
            Value pending;
            public boolean hasNext() {
                if (pending != null) return true;
                if (skipping) {
                    skipping = false;
                    while (it.hasNext()) {
                        Value v = it.next();
                        if (Closures.test(call, c, v) != whileMode) {
                            pending = v;
                            return true;
                        }
                    }
                    return false;
                }
                return it.hasNext();
            }
            public Value next() {
                if (!hasNext()) throw new NoSuchElementException();
                if (pending != null) {
                    Value v = pending;
                    pending = null;
                    return v;
                }
                return it.next();
            }
        }, call.head());
    }
}
