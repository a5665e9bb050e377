package dev.nuebpf.syntax.parse;

import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.Pattern;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/** Patterns of match arms: literals, ranges, {@code $x} binds, {@code _}, records, lists, {@code a | b}. */
final class PatternParser {
    private final ParseContext c;

    PatternParser(ParseContext c) { this.c = c; }

    Pattern pattern(List<Tok> toks) {
        List<Pattern> alts = new ArrayList<>();
        List<Tok> cur = new ArrayList<>();
        for (Tok t : toks) {
            if (t.is(Tok.Kind.PIPE)) {
                if (!cur.isEmpty()) alts.add(alternative(cur));
                cur = new ArrayList<>();
            } else if (!t.is(Tok.Kind.NL)) {
                cur.add(t);
            }
        }
        if (!cur.isEmpty()) alts.add(alternative(cur));
        if (alts.isEmpty()) {
            int at = toks.isEmpty() ? 0 : toks.get(0).start();
            c.error("nu::parser::parse_mismatch", "Parse mismatch: expected pattern.", c.span(at, at + 1), "expected a pattern");
            return new Pattern.Wildcard(c.span(at, at));
        }
        if (alts.size() == 1) return alts.get(0);
        return new Pattern.Or(alts, alts.get(0).span().merge(alts.get(alts.size() - 1).span()));
    }

    private Pattern alternative(List<Tok> toks) {
        List<Word> ws = Word.split(toks, false);
        if (ws.isEmpty()) {  // only separators (`;`) where a pattern belongs (fuzz finding)
            int at = toks.get(0).start();
            c.error("nu::parser::parse_mismatch", "Parse mismatch: expected pattern.", c.span(at, at + 1), "expected a pattern");
            return new Pattern.Wildcard(c.span(at, at));
        }
        if (ws.size() > 1) {
            c.error("nu::parser::parse_mismatch", "Parse mismatch: expected one pattern.", c.span(ws.get(1)), "unexpected token in pattern");
        }
        return single(ws.get(0));
    }

    Pattern single(Word w) {
        String t = c.text(w);
        if (w.isBare()) {
            if (t.equals("_")) return new Pattern.Wildcard(c.span(w));
            if (t.startsWith("$") && !t.contains(".")) {
                c.scopes.declare(t.substring(1));
                return new Pattern.Bind(t.substring(1), c.span(w));
            }
        }
        if (w.isGroup(Tok.Kind.BRACE)) return record(w.first());
        if (w.isGroup(Tok.Kind.BRACK)) return list(w.first());
        Expr r = c.paths.range(w);
        if (r instanceof Expr.RangeLit rl) return new Pattern.RangePat(new Pattern.RangeLit(rl.from(), rl.to(), rl.inclusive()), c.span(w));
        return new Pattern.Literal(c.exprs.value(w, SyntaxShape.ANY), c.span(w));
    }

    private Pattern record(Tok g) {
        List<String> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        List<Tok> ch = g.children();
        int i = 0;
        while (i < ch.size()) {
            Tok t = ch.get(i);
            if (t.is(Tok.Kind.NL) || t.is(Tok.Kind.COMMA)) { i++; continue; }
            String key = t.is(Tok.Kind.BARE) ? c.text(t) : keyText(t);
            if (i + 1 < ch.size() && ch.get(i + 1).is(Tok.Kind.COLON)) {
                int k = i + 2;
                while (k < ch.size() && ch.get(k).is(Tok.Kind.NL)) k++;
                int e = k + 1;
                while (e < ch.size() && ch.get(e).start() == ch.get(e - 1).end() && !ch.get(e).is(Tok.Kind.COMMA) && !ch.get(e).is(Tok.Kind.NL)) e++;
                if (k >= ch.size()) {
                    c.error("nu::parser::parse_mismatch", "Parse mismatch: expected pattern.", c.span(ch.get(i + 1)), "expected a pattern for this field");
                    break;
                }
                keys.add(key);
                values.add(single(Word.of(ch.subList(k, e))));
                i = e;
            } else {
                if (key.startsWith("$")) key = key.substring(1);
                c.scopes.declare(key);
                keys.add(key);
                values.add(null);
                i++;
            }
        }
        return new Pattern.RecordPat(keys, values, c.span(g));
    }

    private String keyText(Tok t) {
        Expr e = c.exprs.value(Word.of(t), SyntaxShape.STRING);
        return e instanceof Expr.StringLit s ? s.value() : c.text(t);
    }

    private Pattern list(Tok g) {
        List<Pattern> items = new ArrayList<>();
        boolean hasRest = false;
        String restName = null;
        for (Word w : Word.split(g.children(), true)) {
            String t = c.text(w);
            if (w.isBare() && t.startsWith("..") && !t.startsWith("...") && (t.length() == 2 || t.charAt(2) == '$')) {
                hasRest = true;
                if (t.length() > 3) {
                    restName = t.substring(3);
                    c.scopes.declare(restName);
                }
                continue;
            }
            items.add(single(w));
        }
        return new Pattern.ListPat(items, hasRest, restName, c.span(g));
    }
}
