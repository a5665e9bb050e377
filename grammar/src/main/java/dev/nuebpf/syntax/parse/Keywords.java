package dev.nuebpf.syntax.parse;

import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.syntax.Argument;
import dev.nuebpf.syntax.AssignOp;
import dev.nuebpf.syntax.Block;
import dev.nuebpf.syntax.CommandSig;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.Param;
import dev.nuebpf.syntax.Pattern;
import dev.nuebpf.syntax.SyntaxShape;
import dev.nuebpf.syntax.TypeAnn;
import java.util.ArrayList;
import java.util.List;

/** Nushell's keyword statements: let/mut/const, def, if, match, loops, try, alias, module, use, source... */
final class Keywords {
    /** Words the parser handles itself; defs and externs may not take these names. */
    static final java.util.Set<String> PARSER_KEYWORDS = java.util.Set.of("def", "alias", "let", "mut", "const", "module", "use", "export",
            "extern", "source", "source-env", "hide", "hide-env", "overlay", "export-env", "for", "if", "match", "while", "loop", "try");

    private final ParseContext c;

    Keywords(ParseContext c) { this.c = c; }

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

    private static AssignOp assignOp(String s) {
        for (AssignOp op : AssignOp.values()) if (op.symbol.equals(s)) return op;
        return null;
    }

    private Expr assign(AssignOp op, List<Word> ws, List<List<Tok>> rest) {
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

    private Expr let(List<Word> ws, int kwIdx, List<List<Tok>> rest) {
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
        if (name.startsWith("$")) name = name.substring(1);
        Span nameSpan = c.span(nt);
        int i = kwIdx + 2;
        TypeAnn type = null;
        int eqIdx = -1;
        for (int k = kwIdx + 1; k < ws.size(); k++) {
            if (ws.get(k).isBare() && c.text(ws.get(k)).equals("=")) { eqIdx = k; break; }
        }
        boolean hasColon = nameWord.toks().size() > 1 && nameWord.toks().get(1).is(Tok.Kind.COLON);
        if (hasColon || (i < ws.size() && ws.get(i).first().is(Tok.Kind.COLON))) {
            int from = hasColon ? nameWord.toks().get(1).end() : ws.get(i).first().end();
            int to = eqIdx > 0 ? ws.get(eqIdx).start() : ws.get(ws.size() - 1).end();
            type = c.sigs.type(new int[] {from}, to);
        } else if (eqIdx < 0 && nameWord.toks().size() == 1 && i < ws.size()) {
            // fall through to the missing '=' error below
        }
        if (name.equals("in") || name.equals("env") || name.equals("nu")) {
            c.error("nu::parser::name_is_builtin_var", "`" + name + "` used as variable name.", nameSpan, "already a builtin variable");
        } else if (!isVarName(name)) {
            c.error("nu::parser::parse_mismatch", "Parse mismatch: expected valid variable name.", nameSpan, "expected valid variable name");
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

    private void declareVar(String name, Expr.LetKind kind) {
        if (kind == Expr.LetKind.MUT) c.scopes.declareMutable(name);
        else c.scopes.declare(name);
    }

    private static boolean isVarName(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!ExprParser.isVarChar(s.charAt(i))) return false;
        return true;
    }

    /** A keyword statement starting the element, or null when the first word is no keyword. */
    Expr statement(String kw, List<Word> ws) {
        switch (kw) {
            case "let", "mut", "const": return pipelineStatement(ws, List.of());
            case "def": return def(ws, 0, false);
            case "export": return export(ws);
            case "export-env": return exportEnv(ws);
            case "if": return ifExpr(ws, 0);
            case "match": return match(ws);
            case "for": return forExpr(ws);
            case "while": return whileExpr(ws);
            case "loop": return loop(ws);
            case "break": return new Expr.Break(c.span(ws.get(0)));
            case "continue": return new Expr.Continue(c.span(ws.get(0)));
            case "return": return ret(ws);
            case "try": return tryExpr(ws);
            case "alias": return alias(ws, 0, false);
            case "module": return module(ws, 0, false);
            case "use": return use(ws, 0, false);
            case "source", "source-env": return source(ws);
            case "extern": return extern(ws, 0);
            case "overlay", "hide", "hide-env": return ignored(kw, ws);
            default: break;
        }
        if (kw.startsWith("@") && kw.length() > 1) return ignored("attribute", ws);
        return null;
    }

    private Span whole(List<Word> ws) { return c.span(ws.get(0)).merge(c.span(ws.get(ws.size() - 1))); }

    private Expr ignored(String kw, List<Word> ws) {
        if (!kw.equals("attribute")) c.scopes.setLenient();
        // still parse brackets so that errors inside them are reported
        for (int i = 1; i < ws.size(); i++) if (ws.get(i).isGroup(Tok.Kind.BRACE) || ws.get(i).isGroup(Tok.Kind.PAREN)) c.exprs.value(ws.get(i), SyntaxShape.ANY);
        return new Expr.Ignored(kw, whole(ws));
    }

    private Word need(List<Word> ws, int i, String what) {
        if (i < ws.size()) return ws.get(i);
        Word last = ws.get(ws.size() - 1);
        c.error("nu::parser::missing_positional", "Missing required positional argument.", c.span(last.end(), last.end()), "missing " + what);
        return null;
    }

    private Expr.BlockExpr blockArg(Word w, String what) {
        if (w != null && w.isGroup(Tok.Kind.BRACE)) return c.exprs.block(w.first());
        if (w != null) {
            c.error("nu::parser::parse_mismatch", "Parse mismatch: expected block.", c.span(w), "expected " + what);
            return new Expr.BlockExpr(new Block(List.of(), c.span(w)), c.span(w));
        }
        return null;
    }

    // ---- def / export / module -----------------------------------------------------------------

    private Expr export(List<Word> ws) {
        if (ws.size() < 2) return new Expr.Ignored("export", c.span(ws.get(0)));
        String next = c.text(ws.get(1));
        return switch (next) {
            case "def" -> def(ws, 1, true);
            case "alias" -> alias(ws, 1, true);
            case "module" -> module(ws, 1, true);
            case "use" -> use(ws, 1, true);
            case "extern" -> extern(ws, 1);
            case "const" -> pipelineStatement(ws, List.of());
            default -> {
                c.error("nu::parser::parse_mismatch", "Parse mismatch: expected def, alias, module, use, extern or const.", c.span(ws.get(1)),
                        "unexpected after export");
                yield new Expr.Garbage(whole(ws));
            }
        };
    }

    private Expr exportEnv(List<Word> ws) {
        Word b = need(ws, 1, "block");
        if (b == null) return new Expr.Garbage(c.span(ws.get(0)));
        Expr.BlockExpr block = blockArg(b, "a block");
        return new Expr.Call("export-env", List.of(new Argument.Positional(block, block.span())), c.span(ws.get(0)), whole(ws));
    }

    /** Parsed def header: where its pieces are, shared by the pre-scan and the real parse. */
    record DefHeader(String name, Span nameSpan, boolean env, boolean wrapped, Tok sig, int ioTo, Word body) {}

    DefHeader defHeader(List<Word> ws, int kwIdx, boolean report) {
        int i = kwIdx + 1;
        boolean env = false;
        boolean wrapped = false;
        while (i < ws.size() && ws.get(i).isBare() && c.text(ws.get(i)).startsWith("--")) {
            String f = c.text(ws.get(i));
            if (f.equals("--env")) env = true;
            else if (f.equals("--wrapped")) wrapped = true;
            i++;
        }
        if (i >= ws.size()) {
            if (report) need(ws, i, "def name");
            return null;
        }
        Word nw = ws.get(i);
        Expr ne = c.exprs.value(nw, SyntaxShape.STRING);
        String name = ne instanceof Expr.StringLit s ? s.value() : c.text(nw);
        i++;
        if (i >= ws.size() || !(ws.get(i).first().is(Tok.Kind.BRACK) || ws.get(i).first().is(Tok.Kind.PAREN))) {
            if (report) {
                if (i >= ws.size()) need(ws, i, "signature");
                else c.error("nu::parser::parse_mismatch", "Parse mismatch: expected signature.", c.span(ws.get(i)), "expected [parameters]");
            }
            return null;
        }
        Tok sig = ws.get(i).first();
        int j = ws.size() - 1;
        Word body = ws.get(j);
        if (j <= i || !body.isGroup(Tok.Kind.BRACE)) {
            if (report) {
                if (j <= i) need(ws, i + 1, "block");
                else c.error("nu::parser::parse_mismatch", "Parse mismatch: expected block.", c.span(body), "expected definition body { ... }");
            }
            return null;
        }
        return new DefHeader(name, c.span(nw), env, wrapped, sig, body.start(), body);
    }

    private Expr def(List<Word> ws, int kwIdx, boolean exported) {
        DefHeader h = defHeader(ws, kwIdx, true);
        if (h == null) return new Expr.Garbage(whole(ws));
        if (PARSER_KEYWORDS.contains(h.name())) {
            c.error("nu::parser::name_is_keyword", "Can't use parser keyword `" + h.name() + "` as command name.", h.nameSpan(),
                    "'" + h.name() + "' is a parser keyword");
        }
        CommandSig sig = c.sigs.signature(h.sig(), h.sig().end(), h.ioTo());
        c.scopes.pushClosure();
        for (Param p : sig.params()) declareParam(p);
        Expr.BlockExpr body = c.exprs.blockWithoutScope(h.body().first());
        c.scopes.pop();
        return new Expr.Def(h.name(), sig, body.block(), exported, h.env(), h.wrapped(), description(ws.get(0).start()),
                h.nameSpan(), whole(ws));
    }

    /** The comment lines directly above a def are its description. */
    private String description(int defStart) {
        int lineStart = c.text.lastIndexOf('\n', defStart - 1) + 1;
        if (!c.text.substring(lineStart, defStart).isBlank()) return null;
        List<String> lines = new ArrayList<>();
        int end = lineStart - 1;
        while (end > 0) {
            int s = c.text.lastIndexOf('\n', end - 1) + 1;
            String line = c.text.substring(s, end).strip();
            if (!line.startsWith("#")) break;
            lines.add(0, line.substring(1).strip());
            end = s - 1;
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private Expr alias(List<Word> ws, int kwIdx, boolean exported) {
        Word nw = need(ws, kwIdx + 1, "alias name");
        if (nw == null) return new Expr.Garbage(whole(ws));
        Expr ne = c.exprs.value(nw, SyntaxShape.STRING);
        String name = ne instanceof Expr.StringLit s ? s.value() : c.text(nw);
        Word eq = need(ws, kwIdx + 2, "=");
        if (eq == null) return new Expr.Garbage(whole(ws));
        if (!c.text(eq).equals("=")) {
            c.error("nu::parser::parse_mismatch", "Parse mismatch: expected =.", c.span(eq), "expected =");
            return new Expr.Garbage(whole(ws));
        }
        if (kwIdx + 3 >= ws.size()) {
            c.error("nu::parser::keyword_missing_arg", "Missing argument to `alias`.", c.span(eq.end(), eq.end() + 1), "missing the aliased command");
            return new Expr.Garbage(whole(ws));
        }
        c.inAlias = true;
        Expr target;
        try {
            target = c.blocks.element(ws.subList(kwIdx + 3, ws.size()));
        } finally {
            c.inAlias = false;
        }
        return new Expr.Alias(name, target, exported, whole(ws));
    }

    private Expr module(List<Word> ws, int kwIdx, boolean exported) {
        Word nw = need(ws, kwIdx + 1, "module name");
        if (nw == null) return new Expr.Garbage(whole(ws));
        Expr ne = c.exprs.value(nw, SyntaxShape.STRING);
        String name = ne instanceof Expr.StringLit s ? s.value() : c.text(nw);
        if (kwIdx + 2 >= ws.size()) {
            c.scopes.setLenient();
            return new Expr.Ignored("module", whole(ws));
        }
        Expr.BlockExpr body = blockArg(ws.get(kwIdx + 2), "module body { ... }");
        return new Expr.Module(name, body.block(), exported, whole(ws));
    }

    private Expr use(List<Word> ws, int kwIdx, boolean exported) {
        c.scopes.setLenient();
        Word pw = need(ws, kwIdx + 1, "module path");
        if (pw == null) return new Expr.Garbage(whole(ws));
        Expr path = c.exprs.value(pw, SyntaxShape.STRING);
        List<Expr> members = new ArrayList<>();
        for (int i = kwIdx + 2; i < ws.size(); i++) {
            Word w = ws.get(i);
            if (w.isGroup(Tok.Kind.BRACK)) {
                for (Word m : Word.split(w.first().children(), true)) members.add(c.exprs.value(m, SyntaxShape.STRING));
            } else {
                members.add(c.exprs.value(w, SyntaxShape.STRING));
            }
        }
        return new Expr.Use(path, members, exported, whole(ws));
    }

    private Expr source(List<Word> ws) {
        c.scopes.setLenient();
        Word pw = need(ws, 1, "file path");
        if (pw == null) return new Expr.Garbage(whole(ws));
        Expr path = c.exprs.value(pw, SyntaxShape.FILEPATH);
        return new Expr.SourceFile(path, null, whole(ws));
    }

    private Expr extern(List<Word> ws, int kwIdx) {
        if (kwIdx + 1 < ws.size()) {
            Word nw = ws.get(kwIdx + 1);
            String name = c.exprs.value(Word.of(nw.first()), SyntaxShape.STRING) instanceof Expr.StringLit s ? s.value() : c.text(nw);
            if (PARSER_KEYWORDS.contains(name)) {
                c.error("nu::parser::name_is_keyword", "Can't use parser keyword `" + name + "` as command name.", c.span(nw.first()),
                        "'" + name + "' is a parser keyword");
            }
            if (nw.toks().size() > 1 && nw.toks().get(1).isGroup()) {
                c.error("nu::parser::error", "no space between name and parameters", c.span(nw.toks().get(1).start(), nw.toks().get(1).start() + 1),
                        "expected space");
            }
        }
        for (int i = kwIdx + 1; i < ws.size(); i++) {
            if (ws.get(i).first().is(Tok.Kind.BRACK)) {
                c.scopes.push();
                c.sigs.params(ws.get(i).first().children(), true);
                c.scopes.pop();
            }
        }
        return new Expr.Ignored("extern", whole(ws));
    }

    // ---- control flow --------------------------------------------------------------------------

    private Expr ifExpr(List<Word> ws, int kwIdx) {
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
        Expr.BlockExpr then = c.exprs.block(ws.get(j).first());
        Expr otherwise = null;
        if (j + 1 < ws.size()) {
            int e = j + 2;
            if (e >= ws.size()) {
                need(ws, e, "else block");
            } else if (ws.get(e).isBare() && c.text(ws.get(e)).equals("if")) {
                otherwise = ifExpr(ws, e);
            } else if (ws.get(e).isGroup(Tok.Kind.BRACE) && e == ws.size() - 1) {
                otherwise = c.exprs.block(ws.get(e).first());
            } else {
                otherwise = c.exprs.math(ws.subList(e, ws.size()), false);
            }
        }
        return new Expr.If(cond, then.block(), otherwise, whole(ws.subList(kwIdx, ws.size())));
    }

    /** A condition: an expression, or a command call (`if ($x | is-empty)` is more usual, but both parse). */
    private Expr condition(List<Word> ws) {
        return c.blocks.element(ws);
    }

    private Expr match(List<Word> ws) {
        if (ws.size() < 3 || !ws.get(ws.size() - 1).isGroup(Tok.Kind.BRACE)) {
            need(ws, Math.max(ws.size(), 2) + (ws.size() < 2 ? -1 : 0), ws.size() < 2 ? "value" : "match block");
            if (ws.size() >= 2 && !ws.get(ws.size() - 1).isGroup(Tok.Kind.BRACE)) {
                c.error("nu::parser::parse_mismatch", "Parse mismatch: expected match block.", c.span(ws.get(ws.size() - 1)), "expected { pattern => value }");
            }
            return new Expr.Garbage(whole(ws));
        }
        Expr subject = c.blocks.element(ws.subList(1, ws.size() - 1));
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
                c.error("nu::parser::parse_mismatch", "Parse mismatch: expected =>.", c.span(ch.get(ch.size() - 1)), "expected `=>` after the pattern");
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
                else guard = c.blocks.element(gw);
            }
            int b = arrow + 1;
            while (b < ch.size() && ch.get(b).is(Tok.Kind.NL)) b++;
            int e = b;
            while (e < ch.size() && !ch.get(e).is(Tok.Kind.NL) && !ch.get(e).is(Tok.Kind.COMMA) && !ch.get(e).is(Tok.Kind.SEMI)) e++;
            Expr body;
            if (b >= e) {
                c.error("nu::parser::parse_mismatch", "Parse mismatch: expected match arm body.", c.span(ch.get(arrow)), "expected a value after =>");
                body = new Expr.Garbage(c.span(ch.get(arrow)));
            } else {
                List<Word> bw = Word.split(ch.subList(b, e), false);
                if (bw.size() == 1 && bw.get(0).isGroup(Tok.Kind.BRACE) && !c.exprs.looksLikeRecord(bw.get(0).first())) {
                    body = c.exprs.block(bw.get(0).first());
                } else {
                    body = c.blocks.element(bw);
                }
            }
            c.scopes.pop();
            arms.add(new Expr.MatchArm(pat, guard, body, pat.span().merge(body.span())));
            i = e;
        }
        return new Expr.Match(subject, arms, whole(ws));
    }

    private Expr forExpr(List<Word> ws) {
        if (ws.size() >= 5 && c.text(ws.get(2)).equals("in") && !ws.get(ws.size() - 1).isGroup(Tok.Kind.BRACE)) {
            String var = c.text(ws.get(1).first());
            Expr iter = c.blocks.element(ws.subList(3, ws.size() - 1));
            c.scopes.push();
            c.scopes.declare(var.startsWith("$") ? var.substring(1) : var);
            Expr bodyExpr = c.exprs.value(ws.get(ws.size() - 1), SyntaxShape.ANY);
            c.scopes.pop();
            Block body = new Block(List.of(new dev.nuebpf.syntax.Pipeline(List.of(new dev.nuebpf.syntax.Pipeline.Element(bodyExpr, null, bodyExpr.span())),
                    bodyExpr.span())), bodyExpr.span());
            return new Expr.For(var.startsWith("$") ? var.substring(1) : var, iter, body, whole(ws));
        }
        if (ws.size() < 5 || !c.text(ws.get(2)).equals("in") || !ws.get(ws.size() - 1).isGroup(Tok.Kind.BRACE)) {
            if (ws.size() >= 3 && !c.text(ws.get(2)).equals("in")) {
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
        Expr iter = c.blocks.element(ws.subList(3, ws.size() - 1));
        c.scopes.push();
        c.scopes.declare(var);
        Expr.BlockExpr body = c.exprs.blockWithoutScope(ws.get(ws.size() - 1).first());
        c.scopes.pop();
        return new Expr.For(var, iter, body.block(), whole(ws));
    }

    private Expr whileExpr(List<Word> ws) {
        if (ws.size() < 3 || !ws.get(ws.size() - 1).isGroup(Tok.Kind.BRACE)) {
            need(ws, ws.size(), ws.size() < 2 ? "condition" : "block");
            return new Expr.Garbage(whole(ws));
        }
        Expr cond = condition(ws.subList(1, ws.size() - 1));
        return new Expr.While(cond, c.exprs.block(ws.get(ws.size() - 1).first()).block(), whole(ws));
    }

    private Expr loop(List<Word> ws) {
        Word b = need(ws, 1, "block");
        if (b == null) return new Expr.Garbage(whole(ws));
        return new Expr.Loop(blockArg(b, "a block").block(), whole(ws));
    }

    private Expr ret(List<Word> ws) {
        if (ws.size() == 1) return new Expr.Return(null, c.span(ws.get(0)));
        Expr v = c.blocks.element(ws.subList(1, ws.size()));
        return new Expr.Return(v, whole(ws));
    }

    private Expr tryExpr(List<Word> ws) {
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
                    Expr.Closure cl = c.exprs.closure(arg.first());
                    handler = cl.params().isEmpty() && !startsWithPipe(arg.first()) ? new Expr.BlockExpr(cl.body(), cl.span()) : cl;
                } else {
                    handler = c.exprs.value(arg, SyntaxShape.CLOSURE);
                }
            } else if (kw.equals("finally")) {
                if (arg.isGroup(Tok.Kind.BRACE) && startsWithPipe(arg.first())) {
                    finClosure = c.exprs.closure(arg.first());
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

    /** Flags are variables with '-' turned into '_' ({@code --dry-run} is {@code $dry_run}). */
    void declareParam(Param p) {
        c.scopes.declare(p.name());
        c.scopes.declare(p.name().replace('-', '_'));
    }

    private static boolean startsWithPipe(Tok g) {
        for (Tok t : g.children()) {
            if (t.is(Tok.Kind.NL)) continue;
            return t.is(Tok.Kind.PIPE);
        }
        return false;
    }
}
