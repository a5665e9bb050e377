package dev.nuebpf.syntax.parse;

import dev.nuebpf.syntax.CommandSig;
import dev.nuebpf.syntax.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers every def (also inside modules and blocks) and alias of the source before the real parse, so
 * that calls before or after a definition are read with its signature, as Nushell's pre-declaration does.
 */
final class DefScanner {
    private final ParseContext c;

    DefScanner(ParseContext c) { this.c = c; }

    void scan(List<Tok> toks, String module) {
        int diagCount = c.diags.size();
        scanInner(toks, module, module != null);
        // diagnostics come from the real parse; the scan must not report twice
        while (c.diags.size() > diagCount) c.diags.remove(c.diags.size() - 1);
    }

    /** {@code nested}: inside a block or module, where a def must not shadow a built-in for the whole source. */
    private void scanInner(List<Tok> toks, String module, boolean nested) {
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.isGroup()) {
                scanInner(t.children(), module, true);
                continue;
            }
            if (!t.is(Tok.Kind.BARE)) continue;
            String kw = c.text(t);
            if (!kw.equals("def") && !kw.equals("module") && !kw.equals("alias") && !kw.equals("extern")) continue;
            if (i > 0 && !atStatementStart(toks, i)) continue;
            List<Tok> stmt = new ArrayList<>();
            int j = i;
            while (j < toks.size() && !toks.get(j).is(Tok.Kind.NL) && !toks.get(j).is(Tok.Kind.SEMI) && !toks.get(j).is(Tok.Kind.PIPE)) stmt.add(toks.get(j++));
            List<Word> ws = Word.split(stmt, false);
            if (kw.equals("def")) {
                Definitions.DefHeader h = c.blocks.keywords.definitions.defHeader(ws, 0, false);
                if (h == null) continue;
                c.scopes.push();
                CommandSig sig = c.sigs.signature(h.sig(), h.sig().end(), h.ioTo());
                c.scopes.pop();
                register(h.name(), sig, h.wrapped(), module, nested);
            } else if (kw.equals("module") && ws.size() >= 3 && ws.get(2).isGroup(Tok.Kind.BRACE)) {
                String name = c.text(ws.get(1));
                if (name.length() >= 2 && (name.startsWith("\"") || name.startsWith("'"))) name = name.substring(1, name.length() - 1);
                scanInner(ws.get(2).first().children(), module == null ? name : module + " " + name, true);
                i = j - 1;
            } else if (kw.equals("extern") && ws.size() >= 2) {
                Expr ne = c.exprs.value(ws.get(1), dev.nuebpf.syntax.SyntaxShape.STRING);
                String name = ne instanceof Expr.StringLit s ? s.value() : c.text(ws.get(1));
                c.externs.add(name);
                if (ws.size() >= 3 && ws.get(2).first().is(Tok.Kind.BRACK)) {
                    c.scopes.push();
                    CommandSig sig = c.sigs.signature(ws.get(2).first(), ws.get(2).first().end(), ws.get(ws.size() - 1).end());
                    c.scopes.pop();
                    c.externShapes.put(name, SigParser.shapeOf(name, sig));
                }
            } else if (kw.equals("alias") && ws.size() >= 2) {
                String name = c.text(ws.get(1));
                if (name.length() >= 2 && (name.startsWith("\"") || name.startsWith("'"))) name = name.substring(1, name.length() - 1);
                c.aliases.add(name);
            }
        }
    }

    private boolean atStatementStart(List<Tok> toks, int i) {
        Tok p = toks.get(i - 1);
        if (p.is(Tok.Kind.NL) || p.is(Tok.Kind.SEMI)) return true;
        if (p.is(Tok.Kind.BARE)) {
            String s = c.text(p);
            return s.equals("export") || s.equals("--env") || s.startsWith("@");
        }
        return false;
    }

    private void register(String name, CommandSig sig, boolean wrapped, String module, boolean nested) {
        if (!nested || (c.shapes.lookup(name) == null && !c.defs.containsKey(name))) c.addDef(name, SigParser.shapeOf(name, sig), wrapped);
        if (module != null) {
            String full = name.equals("main") ? module : module + " " + name;
            c.addDef(full, SigParser.shapeOf(full, sig), wrapped);
        }
    }
}
