package dev.nuebpf.syntax.parse;

import dev.nuebpf.diag.Span;
import dev.nuebpf.syntax.Block;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** Helpers the statement parsers share: spans of whole statements, missing-argument errors, block arguments. */
abstract class StatementSupport {
    final ParseContext c;

    StatementSupport(ParseContext c) { this.c = c; }

    Span whole(List<Word> ws) { return c.span(ws.get(0)).merge(c.span(ws.get(ws.size() - 1))); }

    Expr ignored(String kw, List<Word> ws) {
        if (!kw.equals("attribute")) c.scopes.setLenient();
        // still parse brackets so that errors inside them are reported
        for (int i = 1; i < ws.size(); i++) if (ws.get(i).isGroup(Tok.Kind.BRACE) || ws.get(i).isGroup(Tok.Kind.PAREN)) c.exprs.value(ws.get(i), SyntaxShape.ANY);
        return new Expr.Ignored(kw, whole(ws));
    }

    Word need(List<Word> ws, int i, String what) {
        if (i < ws.size()) return ws.get(i);
        Word last = ws.get(ws.size() - 1);
        c.error("nu::parser::missing_positional", "Missing required positional argument.", c.span(last.end(), last.end()), "missing " + what);
        return null;
    }

    Expr.BlockExpr blockArg(Word w, String what) {
        if (w != null && w.isGroup(Tok.Kind.BRACE)) return c.collections.block(w.first());
        if (w != null) {
            c.error("nu::parser::parse_mismatch", "Parse mismatch: expected block.", c.span(w), "expected " + what);
            return new Expr.BlockExpr(new Block(List.of(), c.span(w)), c.span(w));
        }
        return null;
    }
}
