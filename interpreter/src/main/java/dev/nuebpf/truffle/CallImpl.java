package dev.nuebpf.truffle;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Engine;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluated arguments of one built-in call. Values given where the signature wants a cell path are
 * converted (a string is one column, an int one row index), as nu does.
 */
public final class CallImpl implements Call {
    private final NuContext ctx;
    private final Command command;
    private final Span head, span;
    private final Value[] positionals;
    private final Span[] positionalSpans;
    private final List<Value> rest;
    private final List<Span> restSpans;
    private final String[] flagNames;
    private final Value[] flagValues;
    private final Span[] flagSpans;
    private Span inputSpan;

    public CallImpl(NuContext ctx, Command command, Span head, Span span, Value[] positionals, Span[] positionalSpans,
                    List<Value> rest, List<Span> restSpans, String[] flagNames, Value[] flagValues, Span[] flagSpans) {
        this.ctx = ctx;
        this.command = command;
        this.head = head;
        this.span = span;
        this.positionals = positionals;
        this.positionalSpans = positionalSpans;
        this.rest = rest;
        this.restSpans = restSpans == null ? null : java.util.Collections.unmodifiableList(restSpans);
        this.flagNames = flagNames;
        this.flagValues = flagValues;
        this.flagSpans = flagSpans;
        Signature sig = command.signature();
        for (int i = 0; i < positionals.length && i < sig.positionals().size(); i++) {
            positionals[i] = coerce(positionals[i], sig.positionals().get(i).shape(), positionalSpans[i]);
        }
        if (sig.rest() != null) {
            for (int i = 0; i < rest.size(); i++) rest.set(i, coerce(rest.get(i), sig.rest().shape(), restSpans.get(i)));
        }
    }

    static Value coerce(Value v, SyntaxShape shape, Span span) {
        if (v == null || shape == null) return v;
        if (shape == SyntaxShape.CELL_PATH || shape == SyntaxShape.FULL_CELL_PATH) {
            if (v instanceof Value.Str s) return new Value.CellPathV(List.of(PathMember.column(s.value(), false, span)));
            if (v instanceof Value.Int i) return new Value.CellPathV(List.of(PathMember.index(i.value(), false, span)));
        }
        return v;
    }

    public CallImpl withInputSpan(Span s) {
        inputSpan = s;
        return this;
    }

    @Override public Span inputSpan() { return inputSpan; }

    @Override public Span head() { return head; }
    @Override public Span span() { return span; }
    @Override public Engine engine() { return ctx.engine(); }
    @Override public String commandName() { return command.name(); }

    @Override public Value positional(int i) { return i < positionals.length ? positionals[i] : null; }

    @Override public Span positionalSpan(int i) {
        return i < positionalSpans.length && positionalSpans[i] != null ? positionalSpans[i] : head;
    }

    @Override public List<Value> rest() { return rest; }
    @Override public List<Span> restSpans() { return restSpans; }

    @Override public boolean has(String flag) {
        for (int i = 0; i < flagNames.length; i++) {
            if (flagNames[i].equals(flag)) {
                Value v = flagValues[i];
                return !(v instanceof Value.Bool b) || b.value();
            }
        }
        return false;
    }

    @Override public Value flag(String flag) {
        for (int i = 0; i < flagNames.length; i++) if (flagNames[i].equals(flag)) return flagValues[i];
        return null;
    }

    @Override public Span flagSpan(String flag) {
        for (int i = 0; i < flagNames.length; i++) if (flagNames[i].equals(flag)) return flagSpans[i];
        return head;
    }
}
