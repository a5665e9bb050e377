package dev.nuebpf.stdlib.common;

import dev.nuebpf.command.Call;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** Reading pipeline input: as a list of rows, as a stream, and checking the input's type. */
public final class Inputs {
    private Inputs() {}

    /** The input's origin span when known (streams carry one), else null. */
    public static Span span(PipelineData in) {
        if (in instanceof PipelineData.Stream s) return s.span();
        if (in instanceof PipelineData.ByteStream b) return b.span();
        return null;
    }

    /** True for inputs that iterate as rows: lists, ranges and streams. */
    public static boolean isListLike(PipelineData in) {
        if (in instanceof PipelineData.Stream || in instanceof PipelineData.ByteStream) return true;
        if (in instanceof PipelineData.Single s) return s.value() instanceof Value.ListV || s.value() instanceof Value.RangeV;
        return false;
    }

    /** The input's items as a list: lists, ranges and streams yield their items, nothing yields none, other values themselves. */
    public static List<Value> rows(PipelineData in) {
        if (in instanceof PipelineData.Single s && s.value() instanceof Value.RangeV r && (r.end() == null || r.end() == Value.NOTHING))
            throw ShellErrors.incorrectValue("cannot collect an unbounded range", null);
        List<Value> out = new ArrayList<>();
        in.iterator().forEachRemaining(out::add);
        return out;
    }

    /**
     * The input as rows, requiring a list-like input (list, range or stream); anything else, nothing
     * included, raises {@code only_supports_this_input_type} as nu does at run time.
     */
    public static List<Value> listRows(Call call, PipelineData in, String expected) {
        if (!isListLike(in)) throw ShellErrors.unsupportedInput(expected, in.collect(), call.head(), span(in));
        if (in instanceof PipelineData.Single s && s.value() instanceof Value.RangeV r && (r.end() == null || r.end() == Value.NOTHING))
            throw ShellErrors.incorrectValue("cannot collect an unbounded range", call.head());
        List<Value> out = new ArrayList<>();
        Iterator<Value> it = in.iterator();
        // an endless stream can only be stopped by the user: check for Ctrl-C while collecting
        while (it.hasNext()) {
            if (call.engine().interrupted())
                throw dev.nuebpf.command.ShellException.of("nu::shell::interrupted", "Operation interrupted", call.head(), "This operation was interrupted");
            out.add(it.next());
        }
        return out;
    }

    /** An iterator over the input's rows, failing like {@link #listRows} for other input. */
    public static Iterator<Value> listIterator(Call call, PipelineData in, String expected) {
        if (isListLike(in)) return in.iterator();
        throw ShellErrors.unsupportedInput(expected, in.collect(), call.head(), span(in));
    }

    /** A lazy stream mapping each input row; rows mapped to null are dropped. */
    public static PipelineData map(Call call, Iterator<Value> src, Function<Value, Value> f) {
        return PipelineData.stream(new Iterator<>() {
            Value next;
            boolean ready;
            public boolean hasNext() {
                while (!ready) {
                    if (!src.hasNext()) return false;
                    if (call.engine().interrupted()) return false;
                    next = f.apply(src.next());
                    ready = next != null;
                }
                return true;
            }
            public Value next() {
                if (!hasNext()) throw new NoSuchElementException();
                ready = false;
                return next;
            }
        }, call.head());
    }

    /** A lazy stream that replaces each input row by the rows {@code f} yields for it. */
    public static PipelineData flatMap(Call call, Iterator<Value> src, Function<Value, Iterator<Value>> f) {
        return PipelineData.stream(new Iterator<>() {
            Iterator<Value> cur = java.util.Collections.emptyIterator();
            public boolean hasNext() {
                while (!cur.hasNext()) {
                    if (!src.hasNext() || call.engine().interrupted()) return false;
                    cur = f.apply(src.next());
                }
                return true;
            }
            public Value next() {
                if (!hasNext()) throw new NoSuchElementException();
                return cur.next();
            }
        }, call.head());
    }

    /** True when the input is nothing (no value, or a single null). */
    public static boolean isNothing(PipelineData in) {
        return in == PipelineData.EMPTY || (in instanceof PipelineData.Single s && s.value() == Value.NOTHING);
    }

    public static PipelineData list(List<Value> items) { return PipelineData.of(new Value.ListV(items)); }

    /** Rows computed eagerly but handed on as a stream, where nu's command streams its output (describe shows it). */
    public static PipelineData stream(Call call, List<Value> items) { return PipelineData.stream(items.iterator(), call.head()); }

    public static boolean isTable(Value v) {
        if (!(v instanceof Value.ListV l) || l.items().isEmpty()) return false;
        for (Value i : l.items()) if (!(i instanceof Record)) return false;
        return true;
    }

    /** Nushell's "empty": nothing, "", [], {} and empty binary. */
    public static boolean isEmptyValue(Value v) {
        return v == null || v == Value.NOTHING || (v instanceof Value.Str s && s.value().isEmpty())
                || (v instanceof Value.ListV l && l.items().isEmpty()) || (v instanceof Record r && r.isEmpty())
                || (v instanceof Value.Binary b && b.bytes().length == 0);
    }
}
