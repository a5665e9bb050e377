package dev.nuebpf.syntax.parse;

import dev.nuebpf.diag.Span;
import dev.nuebpf.syntax.Argument;
import dev.nuebpf.syntax.CommandSig;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.Param;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/** def, export, export-env, alias, module, use, source and extern: the statements that define commands and import code. */
final class Definitions extends StatementSupport {
    Definitions(ParseContext c) { super(c); }

    Expr export(List<Word> ws) {
        if (ws.size() < 2) return new Expr.Ignored("export", c.span(ws.get(0)));
        String next = c.text(ws.get(1));
        return switch (next) {
            case "def" -> def(ws, 1, true);
            case "alias" -> alias(ws, 1, true);
            case "module" -> module(ws, 1, true);
            case "use" -> use(ws, 1, true);
            case "extern" -> extern(ws, 1);
            case "const" -> c.blocks.keywords.bindings.pipelineStatement(ws, List.of());
            default -> {
                c.error("nu::parser::parse_mismatch", "Parse mismatch: expected def, alias, module, use, extern or const.", c.span(ws.get(1)),
                        "unexpected after export");
                yield new Expr.Garbage(whole(ws));
            }
        };
    }

    Expr exportEnv(List<Word> ws) {
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

    Expr def(List<Word> ws, int kwIdx, boolean exported) {
        DefHeader h = defHeader(ws, kwIdx, true);
        if (h == null) return new Expr.Garbage(whole(ws));
        if (Keywords.PARSER_KEYWORDS.contains(h.name())) {
            c.error("nu::parser::name_is_keyword", "Can't use parser keyword `" + h.name() + "` as command name.", h.nameSpan(),
                    "'" + h.name() + "' is a parser keyword");
        }
        CommandSig sig = c.sigs.signature(h.sig(), h.sig().end(), h.ioTo());
        c.scopes.pushClosure();
        for (Param p : sig.params()) c.blocks.keywords.declareParam(p);
        Expr.BlockExpr body = c.collections.blockWithoutScope(h.body().first());
        c.scopes.pop();
        return new Expr.Def(h.name(), sig, body.block(), exported, h.env(), h.wrapped(), description(ws.get(0).start()),
                h.nameSpan(), whole(ws));
    }

    /** The comment lines directly above a def are its description. */
    String description(int defStart) {
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

    Expr alias(List<Word> ws, int kwIdx, boolean exported) {
        Word nw = need(ws, kwIdx + 1, "alias name");
        if (nw == null) return new Expr.Garbage(whole(ws));
        if (c.text(nw).equals("=")) {
            c.error("nu::parser::assignment_mismatch", "alias missing name", c.span(nw), "missing name");
            return new Expr.Garbage(whole(ws));
        }
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

    Expr module(List<Word> ws, int kwIdx, boolean exported) {
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

    Expr use(List<Word> ws, int kwIdx, boolean exported) {
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

    Expr source(List<Word> ws) {
        c.scopes.setLenient();
        Word pw = need(ws, 1, "file path");
        if (pw == null) return new Expr.Garbage(whole(ws));
        Expr path = c.exprs.value(pw, SyntaxShape.FILEPATH);
        return new Expr.SourceFile(path, null, whole(ws));
    }

    Expr extern(List<Word> ws, int kwIdx) {
        if (kwIdx + 1 < ws.size()) {
            Word nw = ws.get(kwIdx + 1);
            String name = c.exprs.value(Word.of(nw.first()), SyntaxShape.STRING) instanceof Expr.StringLit s ? s.value() : c.text(nw);
            if (Keywords.PARSER_KEYWORDS.contains(name)) {
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
}
