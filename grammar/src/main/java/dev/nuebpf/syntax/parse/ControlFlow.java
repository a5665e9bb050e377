package dev.nuebpf.syntax.parse;

import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.syntax.Block;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.Pattern;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/** if/else, match, for, while, loop, return and try/catch/finally. */
final class ControlFlow extends StatementSupport {
    ControlFlow(ParseContext c) { super(c); }

    Expr ifExpr(List<Word> ws, int kwIdx) {
        int j = -1;
        for (int k = kwIdx + 2; k < ws.size(); k++) {
            if (ws.get(k).isGroup(Tok.Kind.BRACE) && (k == ws.size() - 1 || c.text(ws.get(k + 1)).equals("else"))) { j = k; break; }
        }
        if (kwIdx + 1 >= ws.size()) {
            need(ws, kwIdx + 1, "condition");
            return new Expr.Garbage(whole(ws));
        }
        if (j < 0) {
            Word last = ws.get(ws.size() - 1);
            c.diags.add(Diagnostic.builder("nu::parser::missing_positional", "Missing required positional argument.")
                    .label(c.span(last.end(), last.end()), "missing then_block")
                    .help("Usage: if <cond> <then_block> else <else_expression>. Use `--help` for more information.").build());
            Expr cond = c.exprs.math(ws.subList(kwIdx + 1, ws.size()), false);
            return new Expr.If(cond, new Block(List.of(), c.span(last.end(), last.end())), null, whole(ws.subList(kwIdx, ws.size())));
        }
        Expr cond = condition(ws.subList(kwIdx + 1, j));
        Expr.BlockExpr then = c.collections.block(ws.get(j).first());
        Expr otherwise = null;
        if (j + 1 < ws.size()) {
            int e = j + 2;
            if (e >= ws.size()) {
                Word el = ws.get(j + 1);
                c.error("nu::parser::keyword_missing_arg", "Missing argument to `else`.", c.span(el.end(), el.end() + 1),
                        "missing value that follows else");
            } else if (ws.get(e).isBare() && c.text(ws.get(e)).equals("if")) {
                otherwise = ifExpr(ws, e);
            } else if (ws.get(e).isGroup(Tok.Kind.BRACE) && e == ws.size() - 1) {
                otherwise = c.collections.block(ws.get(e).first());
            } else {
                otherwise = c.blocks.element(ws.subList(e, ws.size()));
            }
        }
        return new Expr.If(cond, then.block(), otherwise, whole(ws.subList(kwIdx, ws.size())));
    }

    /**
     * A keyword's argument (if/while condition, for iterable, match subject, guard, return value): a value or
     * operator expression; a bare word there is a string, not a command ({@code if url == ""} compares a string).
     */
    Expr condition(List<Word> ws) {
        return c.exprs.math(ws, false);
    }

    Expr match(List<Word> ws) {
        if (ws.size() < 3 || !ws.get(ws.size() - 1).isGroup(Tok.Kind.BRACE)) {
            need(ws, Math.max(ws.size(), 2) + (ws.size() < 2 ? -1 : 0), ws.size() < 2 ? "value" : "match block");
            if (ws.size() >= 2 && !ws.get(ws.size() - 1).isGroup(Tok.Kind.BRACE)) {
                c.error("nu::parser::parse_mismatch", "Parse mismatch: expected match block.", c.span(ws.get(ws.size() - 1)), "expected { pattern => value }");
            }
            return new Expr.Garbage(whole(ws));
        }
        Expr subject = condition(ws.subList(1, ws.size() - 1));
        Tok g = ws.get(ws.size() - 1).first();
        List<Expr.MatchArm> arms = new ArrayList<>();
        List<Tok> ch = g.children();
        int i = 0;
        while (i < ch.size()) {
            Tok t = ch.get(i);
            if (t.is(Tok.Kind.NL) || t.is(Tok.Kind.COMMA) || t.is(Tok.Kind.SEMI)) { i++; continue; }
            int arrow = i;
            while (arrow < ch.size() && !(ch.get(arrow).is(Tok.Kind.BARE) && c.text(ch.get(arrow)).equals("=>"))) arrow++;
            if (arrow >= ch.size()) {
                int at = g.innerEnd();
                c.error("nu::parser::type_mismatch", "Type mismatch during operation.", c.span(at, at + 1), "expected =>, found end of input");
                break;
            }
            c.scopes.push();
            List<Tok> patToks = ch.subList(i, arrow);
            int guardAt = -1;
            for (int k = 0; k < patToks.size(); k++) {
                if (patToks.get(k).is(Tok.Kind.BARE) && c.text(patToks.get(k)).equals("if") && k > 0) { guardAt = k; break; }
            }
            Pattern pat = c.patterns.pattern(guardAt < 0 ? patToks : patToks.subList(0, guardAt));
            Expr guard = null;
            if (guardAt >= 0) {
                List<Word> gw = Word.split(patToks.subList(guardAt + 1, patToks.size()), false);
                if (gw.isEmpty()) c.error("nu::parser::parse_mismatch", "Parse mismatch: expected guard.", c.span(patToks.get(guardAt)), "expected a condition after if");
                else guard = condition(gw);
            }
            // the arm's value is exactly one word, as in nu; what follows starts the next arm
            int b = arrow + 1;
            while (b < ch.size() && ch.get(b).is(Tok.Kind.NL)) b++;
            int e = b;
            if (e < ch.size() && !ch.get(e).is(Tok.Kind.COMMA) && !ch.get(e).is(Tok.Kind.SEMI) && !ch.get(e).is(Tok.Kind.PIPE)) {
                e++;
                while (e < ch.size() && ch.get(e).start() == ch.get(e - 1).end() && !ch.get(e).is(Tok.Kind.NL)
                        && !ch.get(e).is(Tok.Kind.COMMA) && !ch.get(e).is(Tok.Kind.SEMI) && !ch.get(e).is(Tok.Kind.PIPE)) e++;
            }
            Expr body;
            if (b >= e) {
                c.error("nu::parser::parse_mismatch", "Parse mismatch: expected match arm body.", c.span(ch.get(arrow)), "expected a value after =>");
                body = new Expr.Garbage(c.span(ch.get(arrow)));
            } else {
                Word bw = Word.of(ch.subList(b, e));
                if (bw.isGroup(Tok.Kind.BRACE) && !c.collections.looksLikeRecord(bw.first())) body = c.collections.block(bw.first());
                else body = c.exprs.value(bw, SyntaxShape.ANY);
            }
            c.scopes.pop();
            arms.add(new Expr.MatchArm(pat, guard, body, pat.span().merge(body.span())));
            i = e;
        }
        return new Expr.Match(subject, arms, whole(ws));
    }

    Expr forExpr(List<Word> ws) {
        if (ws.size() >= 5 && c.text(ws.get(2)).equals("in") && !ws.get(ws.size() - 1).isGroup(Tok.Kind.BRACE)) {
            String var = c.text(ws.get(1).first());
            Expr iter = condition(ws.subList(3, ws.size() - 1));
            c.scopes.push();
            c.scopes.declare(var.startsWith("$") ? var.substring(1) : var);
            Expr bodyExpr = c.exprs.value(ws.get(ws.size() - 1), SyntaxShape.ANY);
            c.scopes.pop();
            Block body = new Block(List.of(new dev.nuebpf.syntax.Pipeline(List.of(new dev.nuebpf.syntax.Pipeline.Element(bodyExpr, null, bodyExpr.span())),
                    bodyExpr.span())), bodyExpr.span());
            return new Expr.For(var.startsWith("$") ? var.substring(1) : var, iter, body, whole(ws));
        }
        if (ws.size() < 5 || !c.text(ws.get(2)).equals("in") || !ws.get(ws.size() - 1).isGroup(Tok.Kind.BRACE)) {
            if (ws.size() >= 2 && c.text(ws.get(1)).equals("in")) {
                Word f = ws.get(0);
                c.diags.add(Diagnostic.builder("nu::parser::missing_positional", "Missing required positional argument.")
                        .label(c.span(f.end(), f.end()), "missing var_name")
                        .help("Usage: for <var_name> in <range> <block>. Use `--help` for more information.").build());
            } else if (ws.size() >= 3 && !c.text(ws.get(2)).equals("in")) {
                c.error("nu::parser::parse_mismatch", "Parse mismatch: expected in.", c.span(ws.get(2)), "expected `in`");
            } else if (ws.size() >= 4 && !ws.get(ws.size() - 1).isGroup(Tok.Kind.BRACE)) {
                c.error("nu::parser::parse_mismatch", "Parse mismatch: expected block.", c.span(ws.get(ws.size() - 1)), "expected a block");
            } else {
                need(ws, ws.size(), ws.size() < 2 ? "loop variable" : ws.size() < 3 ? "in" : ws.size() < 4 ? "iterable" : "block");
            }
            return new Expr.Garbage(whole(ws));
        }
        Word vw = ws.get(1);
        String var = c.text(vw.first());
        if (var.startsWith("$")) var = var.substring(1);
        Expr iter = condition(ws.subList(3, ws.size() - 1));
        c.scopes.push();
        c.scopes.declare(var);
        Expr.BlockExpr body = c.collections.blockWithoutScope(ws.get(ws.size() - 1).first());
        c.scopes.pop();
        return new Expr.For(var, iter, body.block(), whole(ws));
    }

    Expr whileExpr(List<Word> ws) {
        if (ws.size() < 3 || !ws.get(ws.size() - 1).isGroup(Tok.Kind.BRACE)) {
            need(ws, ws.size(), ws.size() < 2 ? "condition" : "block");
            return new Expr.Garbage(whole(ws));
        }
        Expr cond = condition(ws.subList(1, ws.size() - 1));
        return new Expr.While(cond, c.collections.block(ws.get(ws.size() - 1).first()).block(), whole(ws));
    }

    Expr loop(List<Word> ws) {
        Word b = need(ws, 1, "block");
        if (b == null) return new Expr.Garbage(whole(ws));
        return new Expr.Loop(blockArg(b, "a block").block(), whole(ws));
    }

    Expr ret(List<Word> ws) {
        if (ws.size() == 1) return new Expr.Return(null, c.span(ws.get(0)));
        Expr v = condition(ws.subList(1, ws.size()));
        return new Expr.Return(v, whole(ws));
    }

    Expr tryExpr(List<Word> ws) {
        Word b = need(ws, 1, "block");
        if (b == null) return new Expr.Garbage(whole(ws));
        Expr.BlockExpr body = blockArg(b, "a block");
        Expr handler = null;
        Block fin = null;
        Expr.Closure finClosure = null;
        int i = 2;
        while (i < ws.size()) {
            String kw = c.text(ws.get(i));
            Word arg = need(ws, i + 1, kw + " block");
            if (arg == null) break;
            if (kw.equals("catch")) {
                if (arg.isGroup(Tok.Kind.BRACE)) {
                    Expr.Closure cl = c.collections.closure(arg.first());
                    handler = cl.params().isEmpty() && !startsWithPipe(arg.first()) ? new Expr.BlockExpr(cl.body(), cl.span()) : cl;
                } else {
                    handler = c.exprs.value(arg, SyntaxShape.CLOSURE);
                }
            } else if (kw.equals("finally")) {
                if (arg.isGroup(Tok.Kind.BRACE) && startsWithPipe(arg.first())) {
                    finClosure = c.collections.closure(arg.first());
                    fin = finClosure.body();
                } else {
                    fin = blockArg(arg, "a block").block();
                }
            } else {
                c.error("nu::parser::parse_mismatch", "Parse mismatch: expected catch.", c.span(ws.get(i)), "expected `catch`");
                break;
            }
            i += 2;
        }
        return new Expr.Try(body.block(), handler, fin, whole(ws), finClosure);
    }

    static boolean startsWithPipe(Tok g) {
        for (Tok t : g.children()) {
            if (t.is(Tok.Kind.NL)) continue;
            return t.is(Tok.Kind.PIPE);
        }
        return false;
    }
}
