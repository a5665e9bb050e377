package dev.nuebpf.syntax.parse;

import dev.nuebpf.syntax.Block;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.Param;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/** Lists, tables, records, closures, blocks and subexpressions; a brace is a record, closure or block by shape and content. */
final class CollectionParser {
    private final ParseContext c;

    CollectionParser(ParseContext c) { this.c = c; }

    Expr subexpr(Tok g) {
        c.scopes.push();
        Block b = c.blocks.block(g.children(), false, c.span(g.innerStart(), g.innerEnd()));
        c.scopes.pop();
        return new Expr.Subexpr(b, c.span(g));
    }

    Expr list(Tok g) {
        List<Tok> ch = g.children();
        boolean table = false;
        for (Tok t : ch) if (t.is(Tok.Kind.SEMI)) table = true;
        if (table) {
            Expr t = table(g);
            if (t != null) return t;
        }
        List<Expr> items = new ArrayList<>();
        for (Word w : Word.split(ch, true)) items.add(item(w));
        return new Expr.ListLit(items, c.span(g));
    }

    /** A list item or call argument that may be a spread {@code ...$x}. */
    Expr item(Word w) {
        Expr s = spread(w);
        return s != null ? s : c.exprs.value(w, SyntaxShape.ANY);
    }

    Expr spread(Word w) {
        Tok f = w.first();
        if (!f.is(Tok.Kind.BARE)) return null;
        String t = c.text(f);
        if (!t.startsWith("...")) return null;
        List<Tok> rest = new ArrayList<>();
        if (t.length() > 3) rest.add(f.slice(f.start() + 3, f.end()));
        rest.addAll(w.toks().subList(1, w.toks().size()));
        if (rest.isEmpty()) return null;
        Word rw = Word.of(rest);
        char first = c.text.charAt(rw.start());
        if (first != '$' && first != '(' && first != '[' && first != '{') return null;
        return new Expr.Spread(c.exprs.value(rw, SyntaxShape.ANY), c.span(w));
    }

    private Expr table(Tok g) {
        List<Tok> ch = g.children();
        int semi = -1;
        for (int i = 0; i < ch.size(); i++) if (ch.get(i).is(Tok.Kind.SEMI)) { semi = i; break; }
        List<Word> head = Word.split(ch.subList(0, semi), true);
        if (head.size() != 1 || !head.get(0).isGroup(Tok.Kind.BRACK)) return null;
        List<Expr> headers = new ArrayList<>();
        for (Word w : Word.split(head.get(0).first().children(), true)) headers.add(c.exprs.value(w, SyntaxShape.STRING));
        List<List<Expr>> rows = new ArrayList<>();
        for (Word w : Word.split(ch.subList(semi + 1, ch.size()), true)) {
            if (!w.isGroup(Tok.Kind.BRACK)) {
                c.error("nu::parser::parse_mismatch", "Parse mismatch: expected table row.", c.span(w), "expected a list as table row");
                continue;
            }
            List<Expr> row = new ArrayList<>();
            for (Word cell : Word.split(w.first().children(), true)) row.add(item(cell));
            if (row.size() < headers.size()) {
                c.error("nu::parser::missing_columns", "Missing columns.", c.span(w), "expected " + headers.size() + " columns");
            } else if (row.size() > headers.size()) {
                c.error("nu::parser::extra_columns", "Extra columns.", c.span(w), "expected " + headers.size() + " columns");
            }
            rows.add(row);
        }
        return new Expr.TableLit(headers, rows, c.span(g));
    }

    /** A brace in value position: record, closure or block depending on the expected shape and its content. */
    Expr brace(Tok g, SyntaxShape shape) {
        switch (shape) {
            case CLOSURE, ONE_OF_BLOCK_OR_CLOSURE -> { return closure(g); }
            case BLOCK -> { return block(g); }
            case RECORD -> { return record(g); }
            default -> { return looksLikeRecord(g) ? record(g) : closure(g); }
        }
    }

    boolean looksLikeRecord(Tok g) {
        List<Tok> ch = g.children();
        int i = 0;
        while (i < ch.size() && (ch.get(i).is(Tok.Kind.NL) || ch.get(i).is(Tok.Kind.COMMA))) i++;
        if (i >= ch.size()) return true;
        Tok f = ch.get(i);
        if (f.is(Tok.Kind.PIPE)) return false;
        if (f.is(Tok.Kind.BARE) && c.text(f).startsWith("...")) return true;
        if (f.is(Tok.Kind.COLON)) return false; // `{: 3}` is a block in nu
        int j = i + 1;
        while (j < ch.size() && !ch.get(j).is(Tok.Kind.COLON) && ch.get(j).start() == ch.get(j - 1).end()
                && !ch.get(j).is(Tok.Kind.NL) && !ch.get(j).is(Tok.Kind.PIPE) && !ch.get(j).is(Tok.Kind.SEMI)) j++;
        return j < ch.size() && ch.get(j).is(Tok.Kind.COLON);
    }

    Expr.BlockExpr block(Tok g) {
        c.scopes.push();
        Expr.BlockExpr b = blockWithoutScope(g);
        c.scopes.pop();
        return b;
    }

    /** A block whose scope the caller opened (to declare parameters or loop variables first). */
    Expr.BlockExpr blockWithoutScope(Tok g) {
        Block b = c.blocks.block(g.children(), true, c.span(g.innerStart(), g.innerEnd()));
        return new Expr.BlockExpr(b, c.span(g));
    }

    Expr.Closure closure(Tok g) {
        List<Tok> ch = g.children();
        int i = 0;
        while (i < ch.size() && ch.get(i).is(Tok.Kind.NL)) i++;
        List<Param> params = List.of();
        int bodyFrom = 0;
        c.scopes.pushClosure();
        if (i < ch.size() && ch.get(i).is(Tok.Kind.PIPE)) {
            int j = i + 1;
            while (j < ch.size() && !ch.get(j).is(Tok.Kind.PIPE)) j++;
            if (j >= ch.size()) {
                c.error("nu::parser::parse_mismatch", "Parse mismatch: expected closing |.", c.span(ch.get(i)), "closure parameters not closed");
                j = ch.size() - 1;
            }
            params = c.sigs.params(ch.subList(i + 1, Math.max(i + 1, j)), false);
            for (Param p : params) c.blocks.keywords.declareParam(p);
            bodyFrom = j + 1;
        }
        List<Tok> body = ch.subList(Math.min(bodyFrom, ch.size()), ch.size());
        int bodyStart = body.isEmpty() ? g.innerEnd() : body.get(0).start();
        Block b = c.blocks.block(body, true, c.span(Math.min(bodyStart, g.innerEnd()), g.innerEnd()));
        c.scopes.pop();
        return new Expr.Closure(params, b, c.span(g));
    }

    /** True when tokens from i read as {@code key:} (so a comma before them ends an empty field). */
    private static boolean isKeyThenColon(List<Tok> ch, int i) {
        int j = runEnd(ch, i, true);
        return j < ch.size() && ch.get(j).is(Tok.Kind.COLON);
    }

    Expr record(Tok g) {
        List<Tok> ch = g.children();
        List<Expr.RecordEntry> entries = new ArrayList<>();
        int i = 0;
        int n = ch.size();
        while (i < n) {
            Tok t = ch.get(i);
            if (t.is(Tok.Kind.NL) || t.is(Tok.Kind.COMMA) || t.is(Tok.Kind.SEMI)) {
                i++;
                continue;
            }
            int j = runEnd(ch, i, true);
            if (t.is(Tok.Kind.BARE) && c.text(t).startsWith("...")) {
                Word w = Word.of(ch.subList(i, j));
                Expr s = spread(w);
                entries.add(new Expr.RecordEntry(null, s == null ? c.exprs.value(w, SyntaxShape.ANY) : ((Expr.Spread) s).value(), true, c.span(w)));
                i = j;
                continue;
            }
            if (j >= n || !ch.get(j).is(Tok.Kind.COLON)) {
                Tok found = j < n ? ch.get(j) : null;
                if (found == null || found.is(Tok.Kind.NL) || found.is(Tok.Kind.COMMA)) {
                    c.error("nu::parser::parse_mismatch", "Parse mismatch: expected `:` after record key.",
                            c.span(ch.get(j - 1).end(), ch.get(j - 1).end() + (found == null ? 0 : 1)), "expected `:`",
                            "Record fields look like `key: value`.");
                } else {
                    c.error("nu::parser::error", "Expected `:` after record key", c.span(found), "expected `:`, found `" + c.text(found) + "`",
                            "Record fields look like `key: value`. A missing colon often causes this field to be parsed as a block or closure.");
                }
                i = Math.max(j, i + 1);
                while (i < n && !ch.get(i).is(Tok.Kind.NL) && !ch.get(i).is(Tok.Kind.COMMA)) i++;
                continue;
            }
            Word keyWord = Word.of(ch.subList(i, j));
            Expr key = keyWord.single() && keyWord.first().is(Tok.Kind.BARE)
                    ? new Expr.StringLit(c.text(keyWord), true, c.span(keyWord))
                    : c.exprs.value(keyWord, SyntaxShape.STRING);
            Tok colon = ch.get(j);
            int k = j + 1;
            while (k < n && (ch.get(k).is(Tok.Kind.NL) || (ch.get(k).is(Tok.Kind.COMMA) && k + 1 < n && !ch.get(k + 1).is(Tok.Kind.NL)
                    && !ch.get(k + 1).is(Tok.Kind.COMMA) && !isKeyThenColon(ch, k + 1)))) k++;
            if (k >= n || ch.get(k).is(Tok.Kind.COMMA) || ch.get(k).is(Tok.Kind.SEMI) || ch.get(k).is(Tok.Kind.PIPE)) {
                c.error("nu::parser::parse_mismatch", "Parse mismatch: expected value for record field.",
                        c.span(colon.end(), Math.min(colon.end() + 1, g.end())), "expected value for record field",
                        "Check the syntax around this position — a typo, missing delimiter, or wrong separator is common.");
                entries.add(new Expr.RecordEntry(key, new Expr.Garbage(c.span(colon)), false, c.span(keyWord).merge(c.span(colon))));
                i = k;
                continue;
            }
            int e = runEnd(ch, k, false);
            Word vw = Word.of(ch.subList(k, e));
            Expr v = c.exprs.value(vw, SyntaxShape.ANY);
            entries.add(new Expr.RecordEntry(key, v, false, c.span(keyWord).merge(v.span())));
            i = e;
        }
        return new Expr.RecordLit(entries, c.span(g));
    }

    /** End (exclusive) of the run of adjacent tokens from i; stops at separators, and at ':' when stopAtColon. */
    private static int runEnd(List<Tok> ch, int i, boolean stopAtColon) {
        int j = i + 1;
        while (j < ch.size()) {
            Tok t = ch.get(j);
            if (t.start() != ch.get(j - 1).end()) break;
            if (t.is(Tok.Kind.NL) || t.is(Tok.Kind.COMMA) || t.is(Tok.Kind.SEMI) || t.is(Tok.Kind.PIPE)) break;
            if (stopAtColon && t.is(Tok.Kind.COLON)) break;
            j++;
        }
        return j;
    }
}
