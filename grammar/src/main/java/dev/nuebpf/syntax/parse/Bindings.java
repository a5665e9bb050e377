package dev.nuebpf.syntax.parse;

import dev.nuebpf.diag.Span;
import dev.nuebpf.syntax.AssignOp;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.SyntaxShape;
import dev.nuebpf.syntax.TypeAnn;
import java.util.List;

/** let/mut/const and assignments ({@code =}, {@code +=}, ... also on cell paths), which take the rest of the pipeline as value. */
final class Bindings extends StatementSupport {
    Bindings(ParseContext c) { super(c); }

    /** let/mut/const and assignments, which take the rest of the pipeline as value; null for other elements. */
    Expr pipelineStatement(List<Word> ws, List<List<Tok>> rest) {
        Word first = ws.get(0);
        if (!first.isBare() && !(first.first().is(Tok.Kind.BARE) && c.text(first.first()).startsWith("$"))) return null;
        String t = c.text(first);
        if (t.equals("let") || t.equals("mut") || t.equals("const")) return let(ws, 0, rest);
        if (t.equals("export") && ws.size() > 1 && ws.get(1).isBare() && c.text(ws.get(1)).equals("const")) return let(ws, 1, rest);
        if (ws.size() >= 2 && ws.get(1).isBare() && t.startsWith("$")) {
            AssignOp op = assignOp(c.text(ws.get(1)));
            if (op != null) return assign(op, ws, rest);
        }
        return null;
    }

    static AssignOp assignOp(String s) {
        for (AssignOp op : AssignOp.values()) if (op.symbol.equals(s)) return op;
        return null;
    }

    Expr assign(AssignOp op, List<Word> ws, List<List<Tok>> rest) {
        Expr target = c.exprs.value(ws.get(0), SyntaxShape.ANY);
        Expr base = target instanceof Expr.CellPathAccess ca ? ca.base() : target;
        if (base instanceof Expr.VarRef v && c.scopes.find(v.name()) == Scopes.Found.IMMUTABLE) {
            c.error("nu::parser::assignment_requires_mutable_variable", "Assignment to an immutable variable.", v.span(),
                    "needs to be a mutable variable");
        }
        if (!(target instanceof Expr.VarRef) && !(target instanceof Expr.CellPathAccess ca && ca.base() instanceof Expr.VarRef)) {
            c.error("nu::parser::assignment_requires_variable", "Assignment operations require a variable.", c.span(ws.get(0)),
                    "needs to be a variable");
        }
        List<Word> vw = ws.subList(2, ws.size());
        if (vw.isEmpty() && rest.isEmpty()) {
            Span at = c.span(ws.get(1).end(), ws.get(1).end() + 1);
            c.error("nu::parser::keyword_missing_arg", "Missing argument to `" + op.symbol + "`.", at, "missing value that follows " + op.symbol);
        }
        Expr v = c.blocks.pipelineValue(vw, rest, c.span(ws.get(1)));
        return new Expr.Assign(op, target, v, c.span(ws.get(0)).merge(v.span()));
    }

    Expr let(List<Word> ws, int kwIdx, List<List<Tok>> rest) {
        String kw = c.text(ws.get(kwIdx));
        Expr.LetKind kind = kw.equals("let") ? Expr.LetKind.LET : kw.equals("mut") ? Expr.LetKind.MUT : Expr.LetKind.CONST;
        Span kwSpan = c.span(ws.get(kwIdx));
        if (ws.size() <= kwIdx + 1) {
            c.error("nu::parser::keyword_missing_arg", "Missing argument to `" + kw + "`.", c.span(kwSpan.end(), kwSpan.end() + 1),
                    "missing variable name");
            return new Expr.Garbage(kwSpan);
        }
        Word nameWord = ws.get(kwIdx + 1);
        Tok nt = nameWord.first();
        String name = c.text(nt);
        int colonAt = nt.is(Tok.Kind.BARE) ? name.indexOf(':') : -1;
        if (colonAt > 0) {
            // `let x: int` (the colon is part of the bare word `x:`)
            nt = nt.slice(nt.start(), nt.start() + colonAt);
            name = name.substring(0, colonAt);
        }
        if (name.startsWith("$")) name = name.substring(1);
        Span nameSpan = c.span(nt);
        int i = kwIdx + 2;
        TypeAnn type = null;
        int eqIdx = -1;
        for (int k = kwIdx + 1; k < ws.size(); k++) {
            if (ws.get(k).isBare() && c.text(ws.get(k)).equals("=")) { eqIdx = k; break; }
        }
        boolean hasColon = colonAt > 0;
        boolean colonWord = i < ws.size() && c.text.charAt(ws.get(i).start()) == ':';
        if (hasColon || colonWord) {
            int from = hasColon ? nt.end() + 1 : ws.get(i).start() + 1;
            int to = eqIdx > 0 ? ws.get(eqIdx).start() : ws.get(ws.size() - 1).end();
            type = c.sigs.typeWithoutCompleter(new int[] {from}, to);
        } else if (eqIdx < 0 && nameWord.toks().size() == 1 && i < ws.size()) {
            // fall through to the missing '=' error below
        }
        if (name.equals("in") || name.equals("env") || name.equals("nu")) {
            c.error("nu::parser::name_is_builtin_var", "`" + name + "` used as variable name.", nameSpan, "already a builtin variable");
        } else if (!isVarName(name)) {
            c.error("nu::parser::parse_mismatch", "Parse mismatch: expected valid variable name.", nameSpan, "expected valid variable name");
        }
        if (eqIdx < 0 && kind != Expr.LetKind.LET) {
            c.error("nu::parser::unexpected_keyword", kw + " statement used in pipeline.", kwSpan, "'" + kw + "' in pipeline");
        }
        if (eqIdx < 0) {
            // `... | let x` binds the pipeline input
            if (kwIdx + 2 < ws.size() && !hasColon) {
                c.error("nu::parser::parse_mismatch", "Parse mismatch: expected =.", c.span(ws.get(kwIdx + 2)), "expected `=`");
            }
            declareVar(name, kind);
            Span end = c.span(ws.get(ws.size() - 1).end(), ws.get(ws.size() - 1).end());
            return new Expr.Let(kind, name, type, new Expr.VarRef("in", end), nameSpan, kwSpan.merge(c.span(ws.get(ws.size() - 1))));
        }
        List<Word> vw = ws.subList(eqIdx + 1, ws.size());
        Word eq = ws.get(eqIdx);
        if (vw.isEmpty() && rest.isEmpty()) {
            c.error("nu::parser::keyword_missing_arg", "Missing argument to `=`.", c.span(eq.end(), eq.end() + 1),
                    "missing variable value that follows =");
        }
        Expr v = c.blocks.pipelineValue(vw, rest, c.span(eq));
        declareVar(name, kind);
        return new Expr.Let(kind, name, type, v, nameSpan, c.span(ws.get(0)).merge(v.span()));
    }

    void declareVar(String name, Expr.LetKind kind) {
        if (kind == Expr.LetKind.MUT) c.scopes.declareMutable(name);
        else c.scopes.declare(name);
    }

    static boolean isVarName(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!PathParser.isVarChar(s.charAt(i)) || s.charAt(i) == '-') return false;
        return true;
    }
}
