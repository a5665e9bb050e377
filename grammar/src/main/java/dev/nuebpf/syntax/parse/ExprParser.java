package dev.nuebpf.syntax.parse;

import dev.nuebpf.diag.Span;
import dev.nuebpf.syntax.BinOp;
import dev.nuebpf.syntax.Block;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.Param;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import dev.nuebpf.syntax.UnOp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Values and operator expressions: literals of every kind, variables with cell paths, ranges, lists,
 * tables, records, closures, subexpressions, string interpolation and binary operators by precedence.
 */
final class ExprParser {
    private static final Map<String, BinOp> OPS = new HashMap<>();

    static {
        for (BinOp op : BinOp.values()) OPS.put(op.symbol, op);
    }

    private final ParseContext c;

    ExprParser(ParseContext c) { this.c = c; }

    static BinOp operator(String text) { return OPS.get(text); }

    /** Nushell's precedence (higher binds tighter). */
    static int precedence(BinOp op) {
        return switch (op) {
            case POW -> 100;
            case MUL, DIV, FLOOR_DIV, MOD -> 95;
            case ADD, SUB, CONCAT -> 90;
            case SHL, SHR -> 85;
            case EQ, NE, LT, LE, GT, GE, REGEX_MATCH, NOT_REGEX_MATCH, LIKE, NOT_LIKE, IN, NOT_IN, HAS, NOT_HAS,
                 STARTS_WITH, ENDS_WITH, NOT_STARTS_WITH, NOT_ENDS_WITH -> 80;
            case BIT_AND -> 75;
            case BIT_XOR -> 70;
            case BIT_OR -> 60;
            case AND -> 50;
            case XOR -> 45;
            case OR -> 40;
        };
    }

    boolean isOperator(Word w) { return w.isBare() && OPS.containsKey(c.text(w)); }

    // ---- operator expressions ---------------------------------------------------------------

    /** An expression of operands and binary operators; in a row condition bare left operands are columns of $it. */
    Expr math(List<Word> ws, boolean row) {
        List<Expr> operands = new ArrayList<>();
        List<BinOp> ops = new ArrayList<>();
        List<Span> opSpans = new ArrayList<>();
        boolean expectOperand = true;
        Word lastOp = null;
        for (int i = 0; i < ws.size(); i++) {
            Word w = ws.get(i);
            if (expectOperand) {
                if (w.isBare() && c.text(w).equals("not")) {
                    int j = i;
                    while (j < ws.size() && ws.get(j).isBare() && c.text(ws.get(j)).equals("not")) j++;
                    if (j >= ws.size()) {
                        c.error("nu::parser::incomplete_math_expression", "Incomplete math expression.", c.span(ws.get(j - 1)),
                                "incomplete math expression");
                        operands.add(new Expr.Garbage(c.span(w)));
                        expectOperand = false;
                        i = j;
                        break;
                    }
                    Expr e = value(ws.get(j), SyntaxShape.ANY);
                    for (int k = j - 1; k >= i; k--) e = new Expr.Unary(UnOp.NOT, e, c.span(ws.get(k)).merge(e.span()));
                    operands.add(e);
                    i = j;
                } else {
                    operands.add(value(w, SyntaxShape.ANY));
                }
                expectOperand = false;
            } else {
                BinOp op = isOperator(w) ? OPS.get(c.text(w)) : null;
                if (op == null) {
                    value(w, SyntaxShape.ANY); // errors inside the stray word come first, as in nu
                    c.error("nu::parser::parse_mismatch", "Parse mismatch: expected operator.", c.span(w), "expected operator");
                    return operands.size() == 1 && ops.isEmpty() ? operands.get(0) : new Expr.Garbage(c.span(ws.get(0)).merge(c.span(w)));
                }
                ops.add(op);
                opSpans.add(c.span(w));
                lastOp = w;
                expectOperand = true;
            }
        }
        if (expectOperand && lastOp != null) {
            c.error("nu::parser::incomplete_math_expression", "Incomplete math expression.", c.span(lastOp), "incomplete math expression");
            operands.add(new Expr.Garbage(c.span(lastOp)));
        }
        if (operands.isEmpty()) return new Expr.Garbage(c.span(ws.isEmpty() ? 0 : ws.get(0).start(), ws.isEmpty() ? 0 : ws.get(0).start()));
        Expr tree = reduce(operands, ops, opSpans);
        return row ? columns(tree, true) : tree;
    }

    /**
     * In a row condition, words that are the left operand of an operator (or the whole condition) name
     * columns of the row, as in nu: {@code where size > 10} compares the column, {@code where name == foo}
     * compares it with the string "foo", {@code all 'b' == 'a' ** 2} reads both columns.
     */
    private Expr columns(Expr e, boolean left) {
        if (e instanceof Expr.Binary b) {
            return new Expr.Binary(b.op(), columns(b.left(), true), columns(b.right(), false), b.opSpan(), b.span());
        }
        if (e instanceof Expr.Unary u && u.op() == UnOp.NOT) return new Expr.Unary(u.op(), columns(u.operand(), true), u.span());
        if (left && e instanceof Expr.StringLit s) {
            Span sp = s.span();
            List<PathMember> ms = s.bare() ? members(List.of(Tok.leaf(Tok.Kind.BARE, sp.start(), sp.end())), sp.start(), false) : null;
            if (ms == null || ms.isEmpty()) ms = List.of(PathMember.column(s.value(), false, sp));
            return new Expr.CellPathAccess(new Expr.VarRef("it", c.span(sp.start(), sp.start())), ms, sp);
        }
        return e;
    }

    /** Precedence climbing over a flat operand/operator list; ** is right-associative. */
    private Expr reduce(List<Expr> operands, List<BinOp> ops, List<Span> opSpans) {
        List<Expr> out = new ArrayList<>();
        List<Integer> opStack = new ArrayList<>();
        out.add(operands.get(0));
        for (int i = 0; i < ops.size(); i++) {
            BinOp op = ops.get(i);
            while (!opStack.isEmpty()) {
                BinOp top = ops.get(opStack.get(opStack.size() - 1));
                boolean pop = precedence(top) > precedence(op) || (precedence(top) == precedence(op) && op != BinOp.POW);
                if (!pop) break;
                int k = opStack.remove(opStack.size() - 1);
                Expr r = out.remove(out.size() - 1);
                Expr l = out.remove(out.size() - 1);
                out.add(new Expr.Binary(ops.get(k), l, r, opSpans.get(k), l.span().merge(r.span())));
            }
            opStack.add(i);
            out.add(operands.get(i + 1));
        }
        while (!opStack.isEmpty()) {
            int k = opStack.remove(opStack.size() - 1);
            Expr r = out.remove(out.size() - 1);
            Expr l = out.remove(out.size() - 1);
            out.add(new Expr.Binary(ops.get(k), l, r, opSpans.get(k), l.span().merge(r.span())));
        }
        return out.get(0);
    }

    static boolean startsNumber(String t) {
        if (t.isEmpty()) return false;
        char ch = t.charAt(0);
        if (Character.isDigit(ch)) return true;
        if ((ch == '-' || ch == '+' || ch == '.') && t.length() > 1) {
            char d = t.charAt(1);
            return Character.isDigit(d) || (ch != '.' && d == '.' && t.length() > 2 && Character.isDigit(t.charAt(2)));
        }
        return false;
    }

    // ---- single values ------------------------------------------------------------------------

    Expr value(Word w, SyntaxShape shape) {
        Tok f = w.first();
        Span span = c.span(w);
        if (w.single()) {
            switch (f.kind()) {
                case DQ: return dqString(f);
                case SQ: case BT: return new Expr.StringLit(c.text(f.start() + 1, f.end() - 1), false, span);
                case RAW: return rawString(f);
                case IDQ: case ISQ: return interpolation(f);
                case DQ_OPEN: case SQ_OPEN: case BT_OPEN: case IDQ_OPEN: case ISQ_OPEN: return new Expr.Garbage(span);
                case PAREN: return subexpr(f);
                case BRACK: return shape == SyntaxShape.SIGNATURE ? new Expr.Garbage(span) : list(f);
                case BRACE: return brace(f, shape);
                case BARE: return bare(w, c.text(f), shape);
                default: return new Expr.StringLit(c.text(f), true, span);
            }
        }
        String text = c.text(w);
        Tok last = w.toks().get(w.toks().size() - 1);
        if ((f.is(Tok.Kind.DQ) && last.is(Tok.Kind.DQ)) || (f.is(Tok.Kind.SQ) && last.is(Tok.Kind.SQ))) {
            // nu reads a run like "a "b" c" as one string between its first and last quote
            String inner = c.text(f.start() + 1, last.end() - 1);
            return new Expr.StringLit(f.is(Tok.Kind.DQ) ? Literals.unescape(inner, null) : inner, false, c.span(w));
        }
        if ((f.is(Tok.Kind.IDQ) && last.is(Tok.Kind.DQ)) || (f.is(Tok.Kind.ISQ) && last.is(Tok.Kind.SQ))) {
            return interpolation(new Tok(f.kind(), f.start(), last.end(), List.of(), true));
        }
        if (isQuoted(f) && w.toks().get(1).is(Tok.Kind.BARE) && c.text.charAt(w.toks().get(1).start()) != '.') {
            extraAfterClosing(w);
            return value(Word.of(f), shape);
        }
        if (f.is(Tok.Kind.BARE) && w.toks().size() == 2 && w.toks().get(1).is(Tok.Kind.BRACK)) {
            String p = c.text(f);
            if (p.equals("0x") || p.equals("0b") || p.equals("0o")) return binary(w, p.charAt(1));
        }
        if (isPlainText(w) && Literals.isDate(text)) return new Expr.DateLit(text, span);
        if (isStringShape(shape) && !text.startsWith("$") && !f.isGroup()) return stringish(w);
        Expr r = range(w);
        if (r != null) return r;
        Expr p = pathAccess(w);
        if (p != null) return p;
        return stringish(w);
    }

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

    private boolean isPlainText(Word w) {
        for (Tok t : w.toks()) if (!t.is(Tok.Kind.BARE) && !t.is(Tok.Kind.COLON)) return false;
        return true;
    }

    static boolean isStringShape(SyntaxShape s) {
        return s == SyntaxShape.STRING || s == SyntaxShape.KEYWORD || s == SyntaxShape.FILEPATH || s == SyntaxShape.DIRECTORY
                || s == SyntaxShape.GLOB;
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
                Expr e = t.is(Tok.Kind.BARE) || t.is(Tok.Kind.COLON) || t.is(Tok.Kind.COMMA) ? null : value(Word.of(t), SyntaxShape.STRING);
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
            else parts.add(value(Word.of(t), SyntaxShape.ANY));
        }
        return new Expr.Interpolation(parts, c.span(w));
    }

    private Expr bare(Word w, String t, SyntaxShape shape) {
        Span span = c.span(w);
        if (isStringShape(shape) && !t.startsWith("$")) return new Expr.StringLit(t, true, span);
        if ((shape == SyntaxShape.CELL_PATH || shape == SyntaxShape.FULL_CELL_PATH) && !t.startsWith("$")) {
            List<PathMember> ms = members(w.toks(), w.start(), false);
            if (ms != null) return new Expr.CellPathLit(ms, span);
        }
        switch (t) {
            case "true": return new Expr.BoolLit(true, span);
            case "false": return new Expr.BoolLit(false, span);
            case "null": return new Expr.NothingLit(span);
            default: break;
        }
        if (t.startsWith("$")) {
            if (t.contains("..")) {
                Expr r = range(w);
                if (r != null) return r;
            }
            Expr p = pathAccess(w);
            if (p != null) return p;
            return new Expr.StringLit(t, true, span);
        }
        Expr num = number(t, span);
        if (num != null) return num;
        if (t.contains("..")) {
            Expr r = range(w);
            if (r != null) return r;
        }
        if (Literals.isDate(t)) return new Expr.DateLit(t, span);
        if (t.startsWith("$.")) return new Expr.CellPathLit(members(w.toks(), w.start() + 1, true), span);
        return new Expr.StringLit(t, true, span);
    }

    /** Int, float, duration or file size literal, or null. */
    Expr number(String t, Span span) {
        if (!startsNumber(t)) return null;
        try {
            Long i = Literals.parseInt(t);
            if (i != null) return new Expr.IntLit(i, span);
            Double d = Literals.parseFloat(t);
            if (d != null) return new Expr.FloatLit(d, span);
            String[] nu = Literals.splitUnit(t);
            if (nu != null) {
                long du = Literals.durationUnit(nu[1]);
                if (du != 0) return new Expr.DurationLit(Literals.scale(nu[0], du), span);
                long fu = Literals.filesizeUnit(nu[1]);
                if (fu != 0) return new Expr.FilesizeLit(Literals.scale(nu[0], fu), span);
            }
        } catch (ArithmeticException e) {
            c.error("nu::parser::parse_mismatch", "Parse mismatch: number out of range.", span, "number too large");
            return new Expr.Garbage(span);
        }
        return null;
    }

    // ---- strings --------------------------------------------------------------------------------

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

    private Expr rawString(Tok f) {
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

    private Expr binary(Word w, char radix) {
        Tok g = w.toks().get(1);
        StringBuilder digits = new StringBuilder();
        for (Tok t : g.children()) {
            if (t.is(Tok.Kind.BARE)) digits.append(c.text(t));
            else if (!t.is(Tok.Kind.COMMA) && !t.is(Tok.Kind.NL)) {
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
            for (int i = 0; i < d.length(); i += per) out.write(Integer.parseInt(d.substring(i, i + per), r) & 0xff);
        } catch (NumberFormatException e) {
            c.error("nu::parser::parse_mismatch", "Parse mismatch: invalid binary literal.", c.span(w), "invalid digits");
            return new Expr.Garbage(c.span(w));
        }
        return new Expr.BinaryLit(out.toByteArray(), c.span(w));
    }

    // ---- variables, paths, ranges ---------------------------------------------------------------

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
            Expr base = value(Word.of(f), SyntaxShape.ANY);
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
                Expr s = value(Word.of(t), SyntaxShape.STRING);
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
        if (!w.single() || !startsNumber(t)) return false;
        try {
            return Literals.parseInt(t) != null || Literals.parseFloat(t) != null;
        } catch (ArithmeticException e) {
            return true;
        }
    }

    private Expr bound(Word w) {
        if (w.single() && w.first().is(Tok.Kind.PAREN)) return subexpr(w.first());
        if (w.first().is(Tok.Kind.PAREN) || c.text.charAt(w.start()) == '$') {
            Expr p = pathAccess(w);
            return p != null ? p : value(w, SyntaxShape.ANY);
        }
        return number(c.text(w), c.span(w));
    }

    /** A variable or bracket followed by {@code .path}: decided by structure alone. */
    boolean looksLikePath(Word w) {
        Tok f = w.first();
        if (f.is(Tok.Kind.BARE)) return c.text.charAt(f.start()) == '$' && f.end() > f.start() + 1 && isVarChar(c.text.charAt(f.start() + 1));
        return w.toks().size() >= 2 && (f.isGroup() || f.is(Tok.Kind.DQ) || f.is(Tok.Kind.SQ)) && w.toks().get(1).is(Tok.Kind.BARE)
                && c.text.charAt(w.toks().get(1).start()) == '.';
    }

    // ---- collections and blocks -----------------------------------------------------------------

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
        return s != null ? s : value(w, SyntaxShape.ANY);
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
        return new Expr.Spread(value(rw, SyntaxShape.ANY), c.span(w));
    }

    private Expr table(Tok g) {
        List<Tok> ch = g.children();
        int semi = -1;
        for (int i = 0; i < ch.size(); i++) if (ch.get(i).is(Tok.Kind.SEMI)) { semi = i; break; }
        List<Word> head = Word.split(ch.subList(0, semi), true);
        if (head.size() != 1 || !head.get(0).isGroup(Tok.Kind.BRACK)) return null;
        List<Expr> headers = new ArrayList<>();
        for (Word w : Word.split(head.get(0).first().children(), true)) headers.add(value(w, SyntaxShape.STRING));
        List<List<Expr>> rows = new ArrayList<>();
        for (Word w : Word.split(ch.subList(semi + 1, ch.size()), true)) {
            if (!w.isGroup(Tok.Kind.BRACK)) {
                c.error("nu::parser::parse_mismatch", "Parse mismatch: expected table row.", c.span(w), "expected a list as table row");
                continue;
            }
            List<Expr> row = new ArrayList<>();
            for (Word cell : Word.split(w.first().children(), true)) row.add(item(cell));
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
        if (f.is(Tok.Kind.COLON)) return true;
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
                entries.add(new Expr.RecordEntry(null, s == null ? value(w, SyntaxShape.ANY) : ((Expr.Spread) s).value(), true, c.span(w)));
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
                    : value(keyWord, SyntaxShape.STRING);
            Tok colon = ch.get(j);
            int k = j + 1;
            while (k < n && ch.get(k).is(Tok.Kind.NL)) k++;
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
            Expr v = value(vw, SyntaxShape.ANY);
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
