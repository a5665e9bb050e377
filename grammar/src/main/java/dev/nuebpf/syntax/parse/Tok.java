package dev.nuebpf.syntax.parse;

import java.util.List;

/**
 * A token or a bracket group of the first lexing layer, by character offsets into the whole source.
 * Groups (PAREN, BRACK, BRACE) have children and know whether their closer was present.
 */
record Tok(Kind kind, int start, int end, List<Tok> children, boolean closed) {

    enum Kind {
        NL, SEMI, PIPE, COMMA, COLON, REDIR, BARE, DQ, SQ, BT, RAW, IDQ, ISQ,
        DQ_OPEN, SQ_OPEN, BT_OPEN, IDQ_OPEN, ISQ_OPEN, OTHER, PAREN, BRACK, BRACE
    }

    static Tok leaf(Kind kind, int start, int end) { return new Tok(kind, start, end, List.of(), true); }

    boolean isGroup() { return kind == Kind.PAREN || kind == Kind.BRACK || kind == Kind.BRACE; }

    boolean is(Kind k) { return kind == k; }

    /** A slice of a BARE token (for splitting ranges like {@code $a..$b} inside one run). */
    Tok slice(int from, int to) { return new Tok(kind, from, to, List.of(), true); }

    /** Start and end of the group's inside (between the brackets). */
    int innerStart() { return start + 1; }

    int innerEnd() { return closed ? end - 1 : end; }
}
