package dev.nuebpf.truffle.translate;

import dev.nuebpf.syntax.Argument;
import dev.nuebpf.syntax.Block;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.Param;
import dev.nuebpf.syntax.Pipeline;
import java.util.List;
import java.util.Set;

/**
 * The variable names a def's body mentions, including those of defs it calls (nu gathers a custom
 * command's captures from the caller, transitively). An over-approximation: names shadowed inside the
 * body are harmless extra captures.
 */
final class FreeVars {
    private final Scope resolveIn;
    private final Set<String> out;
    private final Set<Object> visited;

    private FreeVars(Scope resolveIn, Set<String> out, Set<Object> visited) {
        this.resolveIn = resolveIn;
        this.out = out;
        this.visited = visited;
    }

    static void ofDef(DefInfo d, Set<String> out, Set<Object> visited) {
        if (!visited.add(d)) return;
        FreeVars fv = new FreeVars(d.definingScope, out, visited);
        for (Param p : d.params()) fv.expr(p.defaultValue());
        fv.block(d.def.body());
    }

    private void block(Block b) {
        if (b == null) return;
        for (Pipeline p : b.pipelines()) for (Pipeline.Element el : p.elements()) {
            expr(el.expr());
            if (el.redirect() != null) expr(el.redirect().target());
        }
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) expr(e);
    }

    private void expr(Expr e) {
        if (e == null) return;
        switch (e) {
            case Expr.VarRef v -> out.add(v.name());
            case Expr.Interpolation x -> exprs(x.parts());
            case Expr.ListLit x -> exprs(x.items());
            case Expr.RecordLit x -> x.entries().forEach(en -> { expr(en.key()); expr(en.value()); });
            case Expr.TableLit x -> { exprs(x.headers()); x.rows().forEach(this::exprs); }
            case Expr.RangeLit x -> { expr(x.from()); expr(x.next()); expr(x.to()); }
            case Expr.Spread x -> expr(x.value());
            case Expr.CellPathAccess x -> expr(x.base());
            case Expr.Subexpr x -> block(x.block());
            case Expr.Binary x -> { expr(x.left()); expr(x.right()); }
            case Expr.Unary x -> expr(x.operand());
            case Expr.Closure x -> { x.params().forEach(p -> expr(p.defaultValue())); block(x.body()); }
            case Expr.BlockExpr x -> block(x.block());
            case Expr.RowCondition x -> expr(x.condition());
            case Expr.Call x -> {
                for (Argument a : x.args()) {
                    if (a instanceof Argument.Positional p) expr(p.value());
                    else if (a instanceof Argument.Named n) expr(n.value());
                    else if (a instanceof Argument.SpreadArg s) expr(s.value());
                }
                DefInfo callee = resolveIn == null ? null : resolveIn.findDef(x.name());
                if (callee != null) ofDef(callee, out, visited);
                Expr alias = resolveIn == null ? null : resolveIn.findAlias(x.name());
                if (alias != null && visited.add(alias)) expr(alias);
            }
            case Expr.ExternalCall x -> { expr(x.head()); exprs(x.args()); }
            case Expr.Let x -> expr(x.value());
            case Expr.Assign x -> { expr(x.target()); expr(x.value()); }
            case Expr.Def x -> { x.signature().params().forEach(p -> expr(p.defaultValue())); block(x.body()); }
            case Expr.Alias x -> expr(x.target());
            case Expr.If x -> { expr(x.condition()); block(x.then()); expr(x.otherwise()); }
            case Expr.Match x -> {
                expr(x.subject());
                for (Expr.MatchArm arm : x.arms()) { expr(arm.guard()); expr(arm.body()); }
            }
            case Expr.For x -> { expr(x.iterable()); block(x.body()); }
            case Expr.While x -> { expr(x.condition()); block(x.body()); }
            case Expr.Loop x -> block(x.body());
            case Expr.Return x -> expr(x.value());
            case Expr.Try x -> { block(x.body()); expr(x.handler()); block(x.finallyBody()); }
            case Expr.Module x -> block(x.body());
            case Expr.SourceFile x -> block(x.parsed());
            default -> { }
        }
    }
}
