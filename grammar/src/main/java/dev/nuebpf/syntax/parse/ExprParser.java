package dev.nuebpf.syntax.parse;

import dev.nuebpf.diag.Span;
import dev.nuebpf.syntax.BinOp;
import dev.nuebpf.syntax.Expr;
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
            List<PathMember> ms = s.bare() ? c.paths.members(List.of(Tok.leaf(Tok.Kind.BARE, sp.start(), sp.end())), sp.start(), false) : null;
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
                case DQ: return c.strings.dqString(f);
                case SQ: case BT: return new Expr.StringLit(c.text(f.start() + 1, f.end() - 1), false, span);
                case RAW: return c.strings.rawString(f);
                case IDQ: case ISQ: return c.strings.interpolation(f);
                case DQ_OPEN: case SQ_OPEN: case BT_OPEN: case IDQ_OPEN: case ISQ_OPEN: return new Expr.Garbage(span);
                case PAREN: return c.collections.subexpr(f);
                case BRACK: return shape == SyntaxShape.SIGNATURE ? new Expr.Garbage(span) : c.collections.list(f);
                case BRACE: return c.collections.brace(f, shape);
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
            return c.strings.interpolation(new Tok(f.kind(), f.start(), last.end(), List.of(), true));
        }
        if ((f.is(Tok.Kind.BRACK) || f.is(Tok.Kind.BRACE)) && c.text.charAt(w.toks().get(1).start()) != '.'
                && c.text(w.toks().get(1).start(), w.end()).indexOf(']') < 0) {
            c.strings.extraAfterClosing(w);
            return value(Word.of(f), shape);
        }
        if (StringParser.isQuoted(f) && w.toks().get(1).is(Tok.Kind.BARE) && c.text.charAt(w.toks().get(1).start()) != '.') {
            c.strings.extraAfterClosing(w);
            return value(Word.of(f), shape);
        }
        if (f.is(Tok.Kind.BARE) && w.toks().size() == 2 && w.toks().get(1).is(Tok.Kind.BRACK)) {
            String p = c.text(f);
            if (p.equals("0x") || p.equals("0b") || p.equals("0o")) return c.strings.binary(w, p.charAt(1));
        }
        if (isPlainText(w) && Literals.isDate(text)) return new Expr.DateLit(text, span);
        if (f.is(Tok.Kind.BARE) && c.text(f).equals("-") && w.toks().get(1).is(Tok.Kind.PAREN)) {
            // unary minus exists only before a parenthesis in nu (`-$x` is the string "-$x")
            Expr operand = value(Word.of(w.toks().subList(1, w.toks().size())), SyntaxShape.ANY);
            return new Expr.Unary(UnOp.NEG, operand, span);
        }
        if (isStringShape(shape) && !text.startsWith("$") && !f.isGroup()) return c.strings.stringish(w);
        Expr r = c.paths.range(w);
        if (r != null) return r;
        Expr p = c.paths.pathAccess(w);
        if (p != null) return p;
        return c.strings.stringish(w);
    }

    private boolean isPlainText(Word w) {
        for (Tok t : w.toks()) if (!t.is(Tok.Kind.BARE) && !t.is(Tok.Kind.COLON)) return false;
        return true;
    }

    static boolean isStringShape(SyntaxShape s) {
        return s == SyntaxShape.STRING || s == SyntaxShape.KEYWORD || s == SyntaxShape.FILEPATH || s == SyntaxShape.DIRECTORY
                || s == SyntaxShape.GLOB;
    }

    private Expr bare(Word w, String t, SyntaxShape shape) {
        Span span = c.span(w);
        if (isStringShape(shape) && !t.startsWith("$")) return new Expr.StringLit(t, true, span);
        if ((shape == SyntaxShape.CELL_PATH || shape == SyntaxShape.FULL_CELL_PATH) && !t.startsWith("$")) {
            List<PathMember> ms = c.paths.members(w.toks(), w.start(), false);
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
                Expr r = c.paths.range(w);
                if (r != null) return r;
            }
            Expr p = c.paths.pathAccess(w);
            if (p != null) return p;
            return new Expr.StringLit(t, true, span);
        }
        Expr num = number(t, span);
        if (num != null) return num;
        if (t.contains("..")) {
            Expr r = c.paths.range(w);
            if (r != null) return r;
        }
        if (Literals.isDate(t)) return new Expr.DateLit(t, span);
        if (t.startsWith("$.")) return new Expr.CellPathLit(c.paths.members(w.toks(), w.start() + 1, true), span);
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

    // ---- variables, paths, ranges ---------------------------------------------------------------

    // ---- collections and blocks -----------------------------------------------------------------

}
