package dev.nuebpf.syntax.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Adjacent tokens with no whitespace between them: one argument or operand, such as {@code $x."a b".0},
 * {@code --flag="v"}, {@code 0x[ff]} or {@code 2024-01-02T10:00:00}.
 */
record Word(List<Tok> toks, int start, int end) {

    static Word of(List<Tok> toks) { return new Word(List.copyOf(toks), toks.get(0).start(), toks.get(toks.size() - 1).end()); }

    static Word of(Tok t) { return new Word(List.of(t), t.start(), t.end()); }

    Tok first() { return toks.get(0); }

    boolean single() { return toks.size() == 1; }

    boolean isBare() { return single() && toks.get(0).is(Tok.Kind.BARE); }

    boolean isGroup(Tok.Kind k) { return single() && toks.get(0).is(k); }

    /**
     * Splits tokens into words. {@code commaSeparates}: in lists and signatures a comma separates items;
     * elsewhere ({@code echo a,b}) it is part of the word.
     */
    static List<Word> split(List<Tok> toks, boolean commaSeparates) {
        List<Word> out = splitRaw(toks, commaSeparates);
        if (commaSeparates) return out;
        // outside lists and records ',' and ':' are ordinary characters of a bare word (`echo a,b`, `http://x`)
        for (int i = 0; i < out.size(); i++) {
            Word w = out.get(i);
            if (w.single()) {
                if (w.first().is(Tok.Kind.COMMA) || w.first().is(Tok.Kind.COLON)) out.set(i, of(Tok.leaf(Tok.Kind.BARE, w.start(), w.end())));
                continue;
            }
            boolean plain = true;
            for (Tok t : w.toks()) if (!t.is(Tok.Kind.BARE) && !t.is(Tok.Kind.COMMA) && !t.is(Tok.Kind.COLON)) plain = false;
            if (plain) out.set(i, of(Tok.leaf(Tok.Kind.BARE, w.start(), w.end())));
        }
        return out;
    }

    private static List<Word> splitRaw(List<Tok> toks, boolean commaSeparates) {
        List<Word> out = new ArrayList<>();
        List<Tok> cur = new ArrayList<>();
        int lastEnd = -1;
        for (Tok t : toks) {
            boolean sep = t.is(Tok.Kind.NL) || t.is(Tok.Kind.SEMI) || t.is(Tok.Kind.PIPE) || (commaSeparates && t.is(Tok.Kind.COMMA));
            if (sep) {
                if (!cur.isEmpty()) out.add(of(cur));
                cur = new ArrayList<>();
                lastEnd = -1;
                continue;
            }
            if (!cur.isEmpty() && t.start() != lastEnd) {
                out.add(of(cur));
                cur = new ArrayList<>();
            }
            cur.add(t);
            lastEnd = t.end();
        }
        if (!cur.isEmpty()) out.add(of(cur));
        return out;
    }
}
