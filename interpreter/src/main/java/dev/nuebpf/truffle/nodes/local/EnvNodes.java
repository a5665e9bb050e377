package dev.nuebpf.truffle.nodes.local;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.CellPaths;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.truffle.NuContext;
import dev.nuebpf.truffle.nodes.ExprNode;
import dev.nuebpf.truffle.nodes.expr.BinaryNode;
import java.util.List;

/** {@code $env}, {@code $env.NAME...} and assignments to them: the scoped environment in {@link NuContext}. */
public final class EnvNodes {
    private EnvNodes() {}

    /** {@code $env} as a record. */
    public static final class Whole extends ExprNode {
        public Whole(Span span) { super(span); }

        @Override public Value execute(VirtualFrame frame) { return read(context()); }

        @TruffleBoundary
        private static Value read(NuContext ctx) { return ctx.env().toRecord(); }
    }

    /** {@code $env.NAME.rest?}. */
    public static final class Get extends ExprNode {
        private final PathMember name;
        private final List<PathMember> rest;

        public Get(PathMember name, List<PathMember> rest, Span span) {
            super(span);
            this.name = name;
            this.rest = rest;
        }

        @Override public Value execute(VirtualFrame frame) { return read(context()); }

        @TruffleBoundary
        private Value read(NuContext ctx) {
            Value v = ctx.env().get(name.name(), name.caseInsensitive());
            if (v == null) {
                if (name.optional()) return Value.NOTHING;
                throw CellPaths.columnNotFound(name.name(), name.span(), span);
            }
            return rest.isEmpty() ? v : CellPaths.follow(v, rest, span);
        }
    }

    /** {@code $env.NAME = v}, {@code $env.NAME.x += v}; {@code $env = {...}} is not allowed. */
    public static final class Assign extends ExprNode {
        private final String name;
        private final List<PathMember> rest;
        @Child private ExprNode value;
        @Child private BinaryNode op;

        public Assign(String name, List<PathMember> rest, ExprNode value, BinaryNode op, Span span) {
            super(span);
            this.name = name;
            this.rest = rest;
            this.value = value;
            this.op = op;
        }

        @Override public Value execute(VirtualFrame frame) {
            Value v = value.execute(frame);
            write(context(), v);
            return Value.NOTHING;
        }

        @TruffleBoundary
        private void write(NuContext ctx, Value v) {
            Value old = ctx.env().get(name, false);
            Value nv;
            if (rest.isEmpty()) {
                if (op != null) {
                    if (old == null) throw ShellException.of("nu::shell::column_not_found", "Cannot find column '" + name + "'", span, "cannot find column '" + name + "'");
                    nv = op.apply(old, v);
                } else nv = v;
            } else {
                if (old == null) throw ShellException.of("nu::shell::column_not_found", "Cannot find column '" + name + "'", span, "cannot find column '" + name + "'");
                Value cur = op == null ? null : CellPaths.follow(old, rest, span);
                Value leaf = op == null ? v : op.apply(cur, v);
                nv = CellPaths.upsert(old, rest, x -> leaf, span);
            }
            ctx.env().set(name, nv);
        }
    }
}
