package dev.nuebpf.syntax;

import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/** A compact printed form of the AST for tests: {@code (+ 1 (* 2 3))}, {@code (call each (closure [x] ...))}. */
final class Sexp {
    private Sexp() {}

    static String of(Block b) {
        return b.pipelines().stream().map(Sexp::of).collect(Collectors.joining("; "));
    }

    static String of(Pipeline p) {
        return p.elements().stream().map(e -> of(e.expr()) + (e.redirect() == null ? "" : " " + redirect(e.redirect())))
                .collect(Collectors.joining(" | "));
    }

    private static String redirect(Pipeline.Redirect r) {
        return "(" + r.kind() + (r.append() ? ">>" : ">") + (r.target() == null ? "" : " " + of(r.target())) + ")";
    }

    static String of(Expr e) {
        if (e == null) return "nil";
        return switch (e) {
            case Expr.IntLit i -> Long.toString(i.value());
            case Expr.FloatLit f -> "float:" + f.value();
            case Expr.BoolLit b -> Boolean.toString(b.value());
            case Expr.NothingLit n -> "null";
            case Expr.StringLit s -> (s.bare() ? "'" : "\"") + s.value() + (s.bare() ? "" : "\"");
            case Expr.Interpolation i -> "(interp " + all(i.parts()) + ")";
            case Expr.DurationLit d -> "dur:" + d.nanos();
            case Expr.FilesizeLit f -> "size:" + f.bytes();
            case Expr.DateLit d -> "date:" + d.text();
            case Expr.BinaryLit b -> "bin:" + HexFormat.of().formatHex(b.bytes());
            case Expr.ListLit l -> "[" + all(l.items()) + "]";
            case Expr.RecordLit r -> "{" + r.entries().stream().map(en -> en.spread() ? "..." + of(en.value()) : of(en.key()) + ": " + of(en.value()))
                    .collect(Collectors.joining(", ")) + "}";
            case Expr.TableLit t -> "(table [" + all(t.headers()) + "]" + t.rows().stream().map(r -> " [" + all(r) + "]").collect(Collectors.joining()) + ")";
            case Expr.RangeLit r -> "(range " + of(r.from()) + (r.next() == null ? "" : " " + of(r.next())) + " " + of(r.to()) + (r.inclusive() ? "" : " excl") + ")";
            case Expr.Spread s -> "..." + of(s.value());
            case Expr.CellPathLit c -> "$" + members(c.members());
            case Expr.VarRef v -> "$" + v.name();
            case Expr.CellPathAccess c -> of(c.base()) + members(c.members());
            case Expr.Subexpr s -> "(sub " + of(s.block()) + ")";
            case Expr.Binary b -> "(" + b.op().symbol + " " + of(b.left()) + " " + of(b.right()) + ")";
            case Expr.Unary u -> "(" + u.op().name().toLowerCase() + " " + of(u.operand()) + ")";
            case Expr.Closure c -> "(closure [" + params(c.params()) + "] " + of(c.body()) + ")";
            case Expr.BlockExpr b -> "(block " + of(b.block()) + ")";
            case Expr.RowCondition r -> "(row " + of(r.condition()) + ")";
            case Expr.Call c -> "(call " + c.name() + c.args().stream().map(a -> " " + arg(a)).collect(Collectors.joining()) + ")";
            case Expr.ExternalCall x -> "(ext " + of(x.head()) + x.args().stream().map(a -> " " + of(a)).collect(Collectors.joining()) + ")";
            case Expr.Let l -> "(" + l.kind().name().toLowerCase() + " " + l.name() + (l.type() == null ? "" : ":" + l.type()) + " " + of(l.value()) + ")";
            case Expr.Assign a -> "(" + a.op().symbol + " " + of(a.target()) + " " + of(a.value()) + ")";
            case Expr.Def d -> "(def " + (d.exported() ? "export " : "") + (d.env() ? "env " : "") + (d.wrapped() ? "wrapped " : "") + d.name()
                    + " [" + params(d.signature().params()) + "]" + io(d.signature()) + " " + of(d.body()) + ")";
            case Expr.Alias a -> "(alias " + a.name() + " " + of(a.target()) + ")";
            case Expr.If i -> "(if " + of(i.condition()) + " " + of(i.then()) + (i.otherwise() == null ? "" : " " + of(i.otherwise())) + ")";
            case Expr.Match m -> "(match " + of(m.subject()) + m.arms().stream().map(a -> " (" + pat(a.pattern())
                    + (a.guard() == null ? "" : " if " + of(a.guard())) + " => " + of(a.body()) + ")").collect(Collectors.joining()) + ")";
            case Expr.For f -> "(for " + f.var() + " " + of(f.iterable()) + " " + of(f.body()) + ")";
            case Expr.While w -> "(while " + of(w.condition()) + " " + of(w.body()) + ")";
            case Expr.Loop l -> "(loop " + of(l.body()) + ")";
            case Expr.Break b -> "break";
            case Expr.Continue c -> "continue";
            case Expr.Return r -> r.value() == null ? "return" : "(return " + of(r.value()) + ")";
            case Expr.Try t -> "(try " + of(t.body()) + (t.handler() == null ? "" : " catch " + of(t.handler()))
                    + (t.finallyBody() == null ? "" : " finally " + of(t.finallyBody())) + ")";
            case Expr.Module m -> "(module " + m.name() + " " + of(m.body()) + ")";
            case Expr.Use u -> "(use " + of(u.path()) + (u.members().isEmpty() ? "" : " " + all(u.members())) + ")";
            case Expr.SourceFile s -> "(source " + of(s.path()) + ")";
            case Expr.Ignored i -> "(ignored " + i.keyword() + ")";
            case Expr.Garbage g -> "GARBAGE";
        };
    }

    private static String all(List<Expr> es) { return es.stream().map(Sexp::of).collect(Collectors.joining(" ")); }

    private static String members(List<PathMember> ms) {
        return ms.stream().map(m -> "." + m + (m.caseInsensitive() ? "!" : "")).collect(Collectors.joining());
    }

    private static String arg(Argument a) {
        return switch (a) {
            case Argument.Positional p -> of(p.value());
            case Argument.Named n -> "--" + n.name() + (n.value() == null ? "" : "=" + of(n.value()));
            case Argument.SpreadArg s -> "..." + of(s.value());
        };
    }

    private static String params(List<Param> ps) {
        return ps.stream().map(p -> {
            String s = switch (p.kind()) {
                case REQUIRED -> p.name();
                case OPTIONAL -> p.name() + "?";
                case REST -> "..." + p.name();
                case FLAG, SWITCH -> "--" + p.name() + (p.shortName() == null ? "" : "(-" + p.shortName() + ")");
            };
            if (p.type() != null) s += ":" + p.type();
            if (p.defaultValue() != null) s += "=" + of(p.defaultValue());
            return s;
        }).collect(Collectors.joining(" "));
    }

    private static String io(CommandSig sig) {
        if (sig.ioTypes().isEmpty()) return "";
        return ":" + sig.ioTypes().stream().map(t -> t.input() + "->" + t.output()).collect(Collectors.joining(","));
    }

    static String pat(Pattern p) {
        return switch (p) {
            case Pattern.Literal l -> of(l.value());
            case Pattern.RangePat r -> "(range " + of(r.range().from()) + " " + of(r.range().to()) + (r.range().inclusive() ? "" : " excl") + ")";
            case Pattern.Bind b -> "$" + b.name();
            case Pattern.Wildcard w -> "_";
            case Pattern.RecordPat r -> {
                StringBuilder sb = new StringBuilder("{");
                for (int i = 0; i < r.keys().size(); i++) {
                    if (i > 0) sb.append(", ");
                    sb.append(r.keys().get(i));
                    if (r.values().get(i) != null) sb.append(": ").append(pat(r.values().get(i)));
                }
                yield sb.append("}").toString();
            }
            case Pattern.ListPat l -> "[" + l.items().stream().map(Sexp::pat).collect(Collectors.joining(" "))
                    + (l.hasRest() ? " .." + (l.restName() == null ? "" : "$" + l.restName()) : "") + "]";
            case Pattern.Or o -> o.alternatives().stream().map(Sexp::pat).collect(Collectors.joining(" | "));
        };
    }
}
