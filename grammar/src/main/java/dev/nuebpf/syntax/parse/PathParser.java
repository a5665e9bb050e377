package dev.nuebpf.syntax.parse;

import dev.nuebpf.diag.Span;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/** Variables and cell paths ({@code $x.a.0?}, {@code (expr).a}), variable checks, and ranges ({@code a..b}, {@code a..<b}, {@code a..s..b}). */
final class PathParser {
    private final ParseContext c;

    PathParser(ParseContext c) { this.c = c; }

    /** {@code $name.path}, {@code (expr).path}, {@code [..].0}, {@code {..}.a}; null if the word is not one. */
    Expr pathAccess(Word w) {
        Tok f = w.first();
        List<Tok> toks = w.toks();
        if (f.is(Tok.Kind.BARE) && c.text.charAt(f.start()) == '$') {
            int i = f.start() + 1;
            while (i < f.end() && isVarChar(c.text.charAt(i))) i++;
            String name = c.text(f.start() + 1, i);
            if (name.isEmpty()) return null;
            Span vspan = c.span(f.start(), i);
            checkVariable(name, vspan);
            Expr base = new Expr.VarRef(name, vspan);
            if (i == f.end() && toks.size() == 1) return base;
            List<PathMember> ms = members(toks, i, true);
            if (ms == null) return null;
            return ms.isEmpty() ? base : new Expr.CellPathAccess(base, ms, c.span(w));
        }
        if (toks.size() >= 2 && (f.isGroup() || f.is(Tok.Kind.DQ) || f.is(Tok.Kind.SQ)) && toks.get(1).is(Tok.Kind.BARE)
                && c.text.charAt(toks.get(1).start()) == '.') {
            List<PathMember> ms = members(toks.subList(1, toks.size()), toks.get(1).start(), true);
            if (ms == null) return null;
            Expr base = c.exprs.value(Word.of(f), SyntaxShape.ANY);
            return new Expr.CellPathAccess(base, ms, c.span(w));
        }
        return null;
    }

    void checkVariable(String name, Span span) {
        if (c.scopes.find(name) == Scopes.Found.MUTABLE_CAPTURED) {
            c.diags.add(dev.nuebpf.diag.Diagnostic.builder("nu::parser::expected_keyword", "Capture of mutable variable.")
                    .label(span, "capture of mutable variable").build());
            return;
        }
        if (!c.scopes.known(name)) {
            c.diags.add(dev.nuebpf.diag.Diagnostic.builder("nu::parser::variable_not_found", "Variable not found.")
                    .label(span, "variable not found.").build());
        }
    }

    static boolean isVarChar(char ch) { return Character.isLetterOrDigit(ch) || ch == '_' || ch == '-'; }

    /**
     * Cell path members from tokens, starting at offset {@code from} in the first one. With {@code leadingDot}
     * the text must start with '.', as after a variable. Returns null when the text is not a cell path.
     */
    List<PathMember> members(List<Tok> toks, int from, boolean leadingDot) {
        List<PathMember> out = new ArrayList<>();
        boolean expectDot = leadingDot;
        for (int ti = 0; ti < toks.size(); ti++) {
            Tok t = toks.get(ti);
            int i = ti == 0 ? from : t.start();
            if (t.is(Tok.Kind.BARE)) {
                while (i < t.end()) {
                    char ch = c.text.charAt(i);
                    if (expectDot) {
                        if (ch == '.') {
                            expectDot = false;
                            i++;
                        } else if ((ch == '?' || ch == '!') && !out.isEmpty()) {
                            out.set(out.size() - 1, flag(out.get(out.size() - 1), ch, i));
                            i++;
                        } else {
                            return null;
                        }
                    } else {
                        int s = i;
                        while (i < t.end() && c.text.charAt(i) != '.') i++;
                        int e = i;
                        boolean opt = false;
                        boolean ci = false;
                        while (e > s && (c.text.charAt(e - 1) == '?' || c.text.charAt(e - 1) == '!')) {
                            if (c.text.charAt(e - 1) == '?') opt = true;
                            else ci = true;
                            e--;
                        }
                        if (e == s) return null;
                        String name = c.text(s, e);
                        Span sp = c.span(s, i);
                        if (name.length() > 1 && name.charAt(0) == '-' && name.substring(1).chars().allMatch(Character::isDigit)) {
                            c.error("nu::parser::error", "Invalid literal", sp, "negative index is not supported in cell path");
                        }
                        PathMember m;
                        if (name.chars().allMatch(Character::isDigit) && name.length() < 18) {
                            m = new PathMember(null, Long.parseLong(name), true, opt, ci, sp);
                        } else {
                            m = new PathMember(name, -1, false, opt, ci, sp);
                        }
                        out.add(m);
                        expectDot = true;
                    }
                }
            } else if ((t.is(Tok.Kind.DQ) || t.is(Tok.Kind.SQ) || t.is(Tok.Kind.BT)) && !expectDot) {
                Expr s = c.exprs.value(Word.of(t), SyntaxShape.STRING);
                String name = s instanceof Expr.StringLit sl ? sl.value() : c.text(t);
                out.add(new PathMember(name, -1, false, false, false, c.span(t)));
                expectDot = true;
            } else {
                return null;
            }
        }
        return expectDot || out.isEmpty() && !leadingDot ? out : null;
    }

    private static PathMember flag(PathMember m, char ch, int at) {
        return new PathMember(m.name(), m.index(), m.isIndex(), m.optional() || ch == '?', m.caseInsensitive() || ch == '!', m.span());
    }

    /** Where a word splits into range bounds: from/next/to words (any may be null) and inclusiveness. */
    private record RangeSplit(Word from, Word next, Word to, boolean inclusive) {}

    /** {@code a..b}, {@code a..<b}, {@code a..s..b}, open ends; null if the word is not a range. */
    Expr range(Word w) {
        RangeSplit r = rangeSplit(w);
        if (r == null) return null;
        Expr from = r.from() == null ? null : bound(r.from());
        Expr next = r.next() == null ? null : bound(r.next());
        Expr to = r.to() == null ? null : bound(r.to());
        return new Expr.RangeLit(from, next, to, r.inclusive(), c.span(w));
    }

    boolean looksLikeRange(Word w) { return rangeSplit(w) != null; }

    /** Decides by structure alone (nothing is parsed, so no diagnostic is reported twice). */
    private RangeSplit rangeSplit(Word w) {
        List<Tok> toks = w.toks();
        for (int ti = 0; ti < toks.size(); ti++) {
            Tok t = toks.get(ti);
            if (!t.is(Tok.Kind.BARE)) continue;
            String s = c.text(t);
            int idx = s.indexOf("..");
            if (idx < 0) continue;
            if (ti == 0 && s.startsWith("...")) return null;
            int opStart = t.start() + idx;
            int opEnd = opStart + 2;
            boolean inclusive = true;
            if (opEnd < t.end() && c.text.charAt(opEnd) == '<') {
                inclusive = false;
                opEnd++;
            } else if (opEnd < t.end() && c.text.charAt(opEnd) == '=') {
                opEnd++;
            }
            List<Tok> left = new ArrayList<>(toks.subList(0, ti));
            if (opStart > t.start()) left.add(t.slice(t.start(), opStart));
            List<Tok> right = new ArrayList<>();
            if (opEnd < t.end()) right.add(t.slice(opEnd, t.end()));
            right.addAll(toks.subList(ti + 1, toks.size()));
            Word from = left.isEmpty() ? null : Word.of(left);
            if (from != null && !looksLikeBound(from)) return null;
            if (right.isEmpty()) return from == null ? null : new RangeSplit(from, null, null, inclusive);
            Word rw = Word.of(right);
            if (inclusive && from != null) {
                RangeSplit inner = rangeSplit(rw);
                if (inner != null && inner.next() == null && inner.from() != null && inner.to() != null) {
                    return new RangeSplit(from, inner.from(), inner.to(), inner.inclusive());
                }
            }
            if (!looksLikeBound(rw)) return null;
            return new RangeSplit(from, null, rw, inclusive);
        }
        return null;
    }

    private boolean looksLikeBound(Word w) {
        Tok f = w.first();
        if (f.is(Tok.Kind.PAREN)) return w.single() || (w.toks().get(1).is(Tok.Kind.BARE) && c.text.charAt(w.toks().get(1).start()) == '.');
        if (!f.is(Tok.Kind.BARE)) return false;
        String t = c.text(w);
        if (t.startsWith("$")) return !t.contains("..") && t.length() > 1 && isVarChar(t.charAt(1));
        if (!w.single() || !ExprParser.startsNumber(t)) return false;
        try {
            return Literals.parseInt(t) != null || Literals.parseFloat(t) != null;
        } catch (ArithmeticException e) {
            return true;
        }
    }

    private Expr bound(Word w) {
        if (w.single() && w.first().is(Tok.Kind.PAREN)) return c.collections.subexpr(w.first());
        if (w.first().is(Tok.Kind.PAREN) || c.text.charAt(w.start()) == '$') {
            Expr p = pathAccess(w);
            return p != null ? p : c.exprs.value(w, SyntaxShape.ANY);
        }
        return c.exprs.number(c.text(w), c.span(w));
    }

    /** A variable or bracket followed by {@code .path}: decided by structure alone. */
    boolean looksLikePath(Word w) {
        Tok f = w.first();
        if (f.is(Tok.Kind.BARE)) return c.text.charAt(f.start()) == '$' && f.end() > f.start() + 1 && isVarChar(c.text.charAt(f.start() + 1));
        return w.toks().size() >= 2 && (f.isGroup() || f.is(Tok.Kind.DQ) || f.is(Tok.Kind.SQ)) && w.toks().get(1).is(Tok.Kind.BARE)
                && c.text.charAt(w.toks().get(1).start()) == '.';
    }
}
