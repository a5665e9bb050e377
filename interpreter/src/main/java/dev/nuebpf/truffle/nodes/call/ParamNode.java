package dev.nuebpf.truffle.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Types;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.Param;
import dev.nuebpf.syntax.TypeAnn;
import dev.nuebpf.truffle.nodes.ExprNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds one parameter into its slot at function entry: the argument (closures: by position; defs: the
 * call site already matched arguments to parameters), else the default, else nothing/false; then the
 * type annotation is checked with nu's message.
 */
public final class ParamNode extends ExprNode {
    private final int index;
    private final int slot;
    private final Param.Kind kind;
    private final boolean positionalMode;
    private final TypeAnn type;
    @Child private ExprNode defaultValue;

    public ParamNode(int index, int slot, Param.Kind kind, boolean positionalMode, TypeAnn type, ExprNode defaultValue, Span span) {
        super(span);
        this.index = index;
        this.slot = slot;
        this.kind = kind;
        this.positionalMode = positionalMode;
        this.type = type;
        this.defaultValue = defaultValue;
    }

    @Override public Value execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        Object[] values = args.length > FunctionRootNode.ARG_VALUES ? (Object[]) args[FunctionRootNode.ARG_VALUES] : null;
        Value v;
        if (positionalMode && kind == Param.Kind.REST) v = restOf(values);
        else v = values != null && index < values.length ? (Value) values[index] : null;
        if (v == null) {
            if (defaultValue != null) v = defaultValue.execute(frame);
            else if (kind == Param.Kind.SWITCH) v = Value.Bool.FALSE;
            else if (kind == Param.Kind.REST) v = new Value.ListV(List.of());
            else v = Value.NOTHING;
        } else if (type != null) {
            if (v instanceof Value.Int i && type.name().equals("float")) v = Value.of((double) i.value());
            check(v, args);
        }
        frame.setObject(slot, v);
        return Value.NOTHING;
    }

    @TruffleBoundary
    private Value restOf(Object[] values) {
        List<Value> out = new ArrayList<>();
        if (values != null) for (int i = index; i < values.length; i++) out.add((Value) values[i]);
        return new Value.ListV(out);
    }

    @TruffleBoundary
    private void check(Value v, Object[] args) {
        if (kind == Param.Kind.REST) {
            for (Value item : ((Value.ListV) v).items()) if (!Types.matches(item, type)) throw mismatch(item, args);
            return;
        }
        if (v == Value.NOTHING && kind == Param.Kind.OPTIONAL) return;
        if (!Types.matches(v, type)) throw mismatch(v, args);
    }

    private ShellException mismatch(Value v, Object[] args) {
        Span at = span;
        if (args.length > FunctionRootNode.ARG_SPANS && args[FunctionRootNode.ARG_SPANS] instanceof Span[] spans
                && index < spans.length && spans[index] != null) at = spans[index];
        boolean structured = type.name().equals("list") || type.name().equals("record") || type.name().equals("table");
        if (structured && (v instanceof Value.ListV || v instanceof dev.nuebpf.runtime.Record)) {
            return new ShellException(Diagnostic.builder("nu::shell::cant_convert", "Can't convert to " + type + ".")
                    .label(at, "can't convert " + Types.of(v) + " to " + type).build());
        }
        return new ShellException(Diagnostic.builder("nu::parser::type_mismatch", "Type mismatch.")
                .label(at, "expected " + type + ", found " + Types.of(v)).build());
    }
}
