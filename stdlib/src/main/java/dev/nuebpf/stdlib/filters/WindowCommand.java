package dev.nuebpf.stdlib.filters;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import dev.nuebpf.runtime.Values;
import dev.nuebpf.stdlib.common.CellPathOps;
import dev.nuebpf.stdlib.common.Closures;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.runtime.TypeNames;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
/** {@code window}: sliding windows of a fixed size moving by --stride rows (default 1). */
public final class WindowCommand implements Command {
    private final Signature sig = Signature.build("window", Category.FILTERS)
            .description("Creates a sliding window of `window_size` that slide by n rows/elements across input.")
            .extraDescription("This command will error if `window_size` or `stride` are negative or zero.")
            .required("window_size", SyntaxShape.INT, "The size of each window.")
            .named("stride", SyntaxShape.INT, "The number of rows to slide over between windows.", 's')
            .switchFlag("remainder", "Yield last chunks even if they have fewer elements than size.", 'r')
            .io("list<any>", "list<list<any>>");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Windows of two", "[1 2 3 4] | window 2", list(ints(1, 2), ints(2, 3), ints(3, 4))),
                Example.of("Windows of two moving by three", "[1 2 3 4 5 6 7 8] | window 2 --stride 3", list(ints(1, 2), ints(4, 5), ints(7, 8))),
                Example.of("Keep the short last window", "[1 2 3 4 5] | window 3 --stride 3 --remainder", list(ints(1, 2, 3), ints(4, 5))),
                Example.of("Too few rows give no window", "[1 2] | window 3", list()));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        long size = call.intArg(0);
        if (size <= 0) throw ShellErrors.incorrectValue("`window_size` cannot be " + (size == 0 ? "zero" : "negative"), call.positionalSpan(0));
        Long strideFlag = call.intFlag("stride");
        long stride = strideFlag == null ? 1 : strideFlag;
        if (stride <= 0) throw ShellErrors.incorrectValue("`stride` cannot be " + (stride == 0 ? "zero" : "negative"), call.flagSpan("stride"));
        boolean remainder = call.has("remainder");
        Iterator<Value> src = Inputs.listIterator(call, input, "list");
        return PipelineData.stream(new Iterator<>() {
            final java.util.ArrayDeque<Value> buf = new java.util.ArrayDeque<>();
            long toDrop = 0;
            boolean done;
            List<Value> next;
            public boolean hasNext() {
                if (next != null) return true;
                if (done) return false;
                while (toDrop > 0) {
                    if (!buf.isEmpty()) buf.removeFirst();
                    else if (src.hasNext()) src.next();
                    else break;
                    toDrop--;
                }
                while (buf.size() < size && src.hasNext()) buf.addLast(src.next());
                if (buf.size() == size || (remainder && !buf.isEmpty() && (toDrop == 0))) {
                    next = new ArrayList<>(buf);
                    toDrop = stride;
                    return true;
                }
                done = true;
                return false;
            }
            public Value next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                Value v = new Value.ListV(next);
                next = null;
                return v;
            }
        }, call.head());
    }
}
