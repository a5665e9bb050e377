package dev.nuebpf.syntax.parse;

import dev.nuebpf.syntax.Block;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/** String literals: double-quoted with escapes, raw strings, interpolation {@code $"a (expr) b"}, binary {@code 0x[..]} and words mixing bare text with quotes. */
final class StringParser {
    private final ParseContext c;

    StringParser(ParseContext c) { this.c = c; }

    static boolean isQuoted(Tok t) {
        return switch (t.kind()) {
            case DQ, SQ, BT, RAW, IDQ, ISQ -> true;
            default -> false;
        };
    }

    /** {@code "abc"def}: nu rejects characters glued to a closing quote. */
    void extraAfterClosing(Word w) {
        Tok q = w.first();
        c.diags.add(dev.nuebpf.diag.Diagnostic.builder("nu::parser::extra_token_after_closing_delimiter", "Invalid characters after closing delimiter")
                .label(c.span(q.end(), w.end()), "invalid characters")
                .help("Strings and brackets may not be followed by other characters; add a space.").build());
    }

    /** A word mixing bare text with quotes or parens, e.g. {@code foo"bar"} or {@code a(1)}: a string, interpolated when needed. */
    Expr stringish(Word w) {
        boolean plain = true;
        for (Tok t : w.toks()) if (t.is(Tok.Kind.PAREN) || t.is(Tok.Kind.IDQ) || t.is(Tok.Kind.ISQ)) plain = false;
        if (plain && w.first().is(Tok.Kind.BARE)) return new Expr.StringLit(c.text(w), true, c.span(w));
        if (plain) {
            StringBuilder sb = new StringBuilder();
            boolean quoted = false;
            for (Tok t : w.toks()) {
                Expr e = t.is(Tok.Kind.BARE) || t.is(Tok.Kind.COLON) || t.is(Tok.Kind.COMMA) ? null : c.exprs.value(Word.of(t), SyntaxShape.STRING);
                if (e instanceof Expr.StringLit s) {
                    sb.append(s.value());
                    quoted = true;
                } else {
                    sb.append(c.text(t));
                }
            }
            return new Expr.StringLit(sb.toString(), !quoted, c.span(w));
        }
        List<Expr> parts = new ArrayList<>();
        for (Tok t : w.toks()) {
            if (t.is(Tok.Kind.BARE) || t.is(Tok.Kind.COLON) || t.is(Tok.Kind.COMMA)) parts.add(new Expr.StringLit(c.text(t), true, c.span(t)));
            else parts.add(c.exprs.value(Word.of(t), SyntaxShape.ANY));
        }
        return new Expr.Interpolation(parts, c.span(w));
    }

    Expr dqString(Tok f) {
        String body = c.text(f.start() + 1, f.end() - 1);
        int[] bad = new int[1];
        String v = Literals.unescape(body, bad);
        if (bad[0] >= 0) {
            int at = f.start() + 1 + bad[0];
            c.error("nu::parser::parse_mismatch", "Invalid escape sequence.", c.span(at, Math.min(at + 2, f.end())),
                    "unrecognized escape after '\\' in string");
        }
        return new Expr.StringLit(v, false, c.span(f));
    }

    Expr rawString(Tok f) {
        String t = c.text(f);
        int hashes = 0;
        while (1 + hashes < t.length() && t.charAt(1 + hashes) == '#') hashes++;
        return new Expr.StringLit(t.substring(2 + hashes, t.length() - 1 - hashes), false, c.span(f));
    }

    /** {@code $"a (expr) b"} and {@code $'...'}: text parts and subexpressions. */
    Expr interpolation(Tok f) {
        boolean dq = f.is(Tok.Kind.IDQ);
        int bodyStart = f.start() + 2;
        int bodyEnd = f.end() - 1;
        List<Expr> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int litStart = bodyStart;
        int i = bodyStart;
        while (i < bodyEnd) {
            char ch = c.text.charAt(i);
            if (dq && ch == '\\' && i + 1 < bodyEnd) {
                lit.append(ch).append(c.text.charAt(i + 1));
                i += 2;
            } else if (ch == '(') {
                int close = matchParen(i, bodyEnd);
                if (lit.length() > 0) parts.add(textPart(lit.toString(), dq, litStart, i));
                lit.setLength(0);
                int inner = close < 0 ? bodyEnd : close;
                List<Tok> toks = TokenTree.lex(c.src, i + 1, inner, c.diags);
                c.scopes.push();
                Block b = c.blocks.block(toks, false, c.span(i + 1, inner));
                c.scopes.pop();
                parts.add(new Expr.Subexpr(b, c.span(i, close < 0 ? bodyEnd : close + 1)));
                i = close < 0 ? bodyEnd : close + 1;
                litStart = i;
            } else {
                lit.append(ch);
                i++;
            }
        }
        if (lit.length() > 0) parts.add(textPart(lit.toString(), dq, litStart, bodyEnd));
        return new Expr.Interpolation(parts, c.span(f));
    }

    private Expr textPart(String raw, boolean dq, int start, int end) {
        return new Expr.StringLit(dq ? Literals.unescape(raw, null) : raw, false, c.span(start, end));
    }

    /** Index of the ')' matching the '(' at {@code open}, skipping quoted strings; -1 if none before limit. */
    private int matchParen(int open, int limit) {
        int depth = 0;
        for (int i = open; i < limit; i++) {
            char ch = c.text.charAt(i);
            if (ch == '(') depth++;
            else if (ch == ')') {
                if (--depth == 0) return i;
            } else if (ch == '"') {
                for (i++; i < limit && c.text.charAt(i) != '"'; i++) if (c.text.charAt(i) == '\\') i++;
            } else if (ch == '\'' || ch == '`') {
                int q = c.text.indexOf(ch, i + 1);
                if (q < 0 || q >= limit) return -1;
                i = q;
            }
        }
        return -1;
    }

    Expr binary(Word w, char radix) {
        Tok g = w.toks().get(1);
        StringBuilder digits = new StringBuilder();
        for (Tok t : g.children()) {
            if (t.is(Tok.Kind.BARE)) digits.append(c.text(t));
            else if (!t.is(Tok.Kind.COMMA) && !t.is(Tok.Kind.NL) && !t.is(Tok.Kind.PIPE) && !t.is(Tok.Kind.SEMI)) {
                c.error("nu::parser::parse_mismatch", "Parse mismatch: expected binary digits.", c.span(t), "expected binary digits");
                return new Expr.Garbage(c.span(w));
            }
        }
        String d = digits.toString().replace("_", "");
        int bits = radix == 'x' ? 4 : radix == 'o' ? 3 : 1;
        int r = radix == 'x' ? 16 : radix == 'o' ? 8 : 2;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int perByte = 8 / bits;
        if (radix == 'o') perByte = 3;
        // left-pad to whole bytes, as Nushell does
        int per = radix == 'x' ? 2 : radix == 'b' ? 8 : 3;
        int pad = (per - d.length() % per) % per;
        d = "0".repeat(pad) + d;
        try {
            for (int i = 0; i < d.length(); i += per) {
                int b = Integer.parseInt(d.substring(i, i + per), r);
                if (b > 255) throw new NumberFormatException("byte out of range");
                out.write(b);
            }
        } catch (NumberFormatException e) {
            c.error("nu::parser::parse_mismatch", "Parse mismatch: invalid binary literal.", c.span(w), "invalid digits");
            return new Expr.Garbage(c.span(w));
        }
        return new Expr.BinaryLit(out.toByteArray(), c.span(w));
    }
}
