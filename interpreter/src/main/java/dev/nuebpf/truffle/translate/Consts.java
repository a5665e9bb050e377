package dev.nuebpf.truffle.translate;

import dev.nuebpf.syntax.Argument;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.Pipeline;

/** Which expressions nu accepts as parse-time constants (parameter defaults, {@code const}). */
final class Consts {
    private Consts() {}

    static boolean isConstant(Expr e) {
        if (e == null) return true;
        return switch (e) {
            case Expr.IntLit x -> true;
            case Expr.FloatLit x -> true;
            case Expr.BoolLit x -> true;
            case Expr.NothingLit x -> true;
            case Expr.StringLit x -> true;
            case Expr.DurationLit x -> true;
            case Expr.FilesizeLit x -> true;
            case Expr.DateLit x -> true;
            case Expr.BinaryLit x -> true;
            case Expr.CellPathLit x -> true;
            case Expr.VarRef x -> true; // non-const variables are rejected when resolved
            case Expr.Interpolation x -> x.parts().stream().allMatch(Consts::isConstant);
            case Expr.ListLit x -> x.items().stream().allMatch(Consts::isConstant);
            case Expr.RecordLit x -> x.entries().stream().allMatch(en -> isConstant(en.key()) && isConstant(en.value()));
            case Expr.TableLit x -> x.headers().stream().allMatch(Consts::isConstant) && x.rows().stream().allMatch(r -> r.stream().allMatch(Consts::isConstant));
            case Expr.RangeLit x -> isConstant(x.from()) && isConstant(x.next()) && isConstant(x.to());
            case Expr.Spread x -> isConstant(x.value());
            case Expr.CellPathAccess x -> isConstant(x.base());
            case Expr.Binary x -> isConstant(x.left()) && isConstant(x.right());
            case Expr.Unary x -> isConstant(x.operand());
            case Expr.Subexpr x -> x.block().pipelines().stream().allMatch(p -> p.elements().stream().map(Pipeline.Element::expr).allMatch(Consts::isConstant));
            case Expr.Call x -> x.args().stream().allMatch(a -> !(a instanceof Argument.Positional p) || isConstant(p.value()));
            case Expr.Closure x -> true;
            case Expr.BlockExpr x -> true;
            default -> false;
        };
    }
}
