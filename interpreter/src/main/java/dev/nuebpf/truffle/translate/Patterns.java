package dev.nuebpf.truffle.translate;

import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.Pattern;
import dev.nuebpf.truffle.nodes.control.PatternNode;
import dev.nuebpf.truffle.nodes.expr.RangeNode;
import java.util.List;

/** Translates match patterns; bindings become slots in the arm's scope. */
final class Patterns {
    private Patterns() {}

    static PatternNode translate(Translator t, Pattern p, Scope s) {
        if (p instanceof Pattern.Literal l) return new PatternNode.Literal(t.expr(l.value(), s), l.span());
        if (p instanceof Pattern.RangePat r) {
            Pattern.RangeLit rl = r.range();
            return new PatternNode.Range(new RangeNode(t.opt(rl.from(), s), null, t.opt(rl.to(), s), rl.inclusive(), r.span()), r.span());
        }
        if (p instanceof Pattern.Bind b) return new PatternNode.Bind(bind(b.name(), s, b), b.span());
        if (p instanceof Pattern.Wildcard w) return new PatternNode.Wildcard(w.span());
        if (p instanceof Pattern.RecordPat r) {
            PatternNode[] vals = new PatternNode[r.keys().size()];
            for (int i = 0; i < vals.length; i++) {
                Pattern sub = i < r.values().size() ? r.values().get(i) : null;
                vals[i] = sub == null ? new PatternNode.Bind(bind(r.keys().get(i), s, r), r.span()) : translate(t, sub, s);
            }
            return new PatternNode.RecordPat(r.keys(), vals, r.span());
        }
        if (p instanceof Pattern.ListPat l) {
            PatternNode[] items = new PatternNode[l.items().size()];
            for (int i = 0; i < items.length; i++) items[i] = translate(t, l.items().get(i), s);
            int restSlot = l.restName() == null ? -1 : bind(l.restName(), s, l);
            return new PatternNode.ListPat(items, l.hasRest() || l.restName() != null, restSlot, l.span());
        }
        if (p instanceof Pattern.Or o) {
            List<Pattern> alts = o.alternatives();
            PatternNode[] nodes = new PatternNode[alts.size()];
            for (int i = 0; i < nodes.length; i++) nodes[i] = translate(t, alts.get(i), s);
            return new PatternNode.Or(nodes, o.span());
        }
        throw CompileError.of("nu::parser::parse_error", "Unsupported pattern", p.span(), "unsupported pattern");
    }

    private static int bind(String name, Scope s, Pattern p) {
        VarInfo existing = s.vars.get(name);
        if (existing != null) return existing.slot;
        int slot = s.fn.addSlot(name);
        s.vars.put(name, new VarInfo(name, slot, false, null, s.fn, p.span(), false));
        return slot;
    }

    static Expr unused() { return null; }
}
