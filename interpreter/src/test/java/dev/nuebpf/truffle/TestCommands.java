package dev.nuebpf.truffle;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Minimal streaming commands for interpreter tests (the real filters live in stdlib, which this module
 * cannot depend on): {@code t-map {closure}} maps lazily, {@code t-take n} takes the first n items.
 */
public final class TestCommands implements CommandProvider {
    @Override public List<Command> commands() { return List.of(new Map(), new Take(), new Count()); }

    static final class Map implements Command {
        public Signature signature() {
            return Signature.build("t-map", Category.MISC).required("closure", SyntaxShape.CLOSURE, "mapper").io("any", "any");
        }

        public PipelineData run(Call call, PipelineData input) {
            Value.ClosureV c = call.closureArg(0);
            Iterator<Value> in = input.iterator();
            return PipelineData.stream(new Iterator<>() {
                public boolean hasNext() { return in.hasNext(); }
                public Value next() {
                    Value v = in.next();
                    return call.engine().callValue(c, List.of(v), PipelineData.of(v), call.head());
                }
            }, call.head());
        }
    }

    static final class Take implements Command {
        public Signature signature() {
            return Signature.build("t-take", Category.MISC).required("n", SyntaxShape.INT, "count").io("any", "list<any>");
        }

        public PipelineData run(Call call, PipelineData input) {
            long n = call.intArg(0);
            List<Value> out = new ArrayList<>();
            Iterator<Value> it = input.iterator();
            while (out.size() < n && it.hasNext()) out.add(it.next());
            return PipelineData.of(new Value.ListV(out));
        }
    }

    /** Counts the items of its input (to see that a pipeline really streamed them). */
    static final class Count implements Command {
        public Signature signature() {
            return Signature.build("t-count", Category.MISC).io("any", "int");
        }

        public PipelineData run(Call call, PipelineData input) {
            long n = 0;
            Iterator<Value> it = input.iterator();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return PipelineData.of(Value.of(n));
        }
    }
}
