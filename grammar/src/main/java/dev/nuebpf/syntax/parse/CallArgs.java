package dev.nuebpf.syntax.parse;

import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.syntax.Argument;
import dev.nuebpf.syntax.CommandShape;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the arguments of a call of a known command by its shape, as Nushell does: long flags
 * ({@code --name}, {@code --name=value}), short flag clusters ({@code -abc}), spreads, and positionals
 * read with the shape the signature declares (closures, row conditions, cell paths, strings...).
 */
final class CallArgs {
    private final ParseContext c;
    private final String name;
    private final CommandShape shape;
    private final Span head;
    private final boolean wrapped;
    /** An extern's call: unknown flags and extra arguments are passed on, only what it declares is checked. */
    private final boolean extern;

    CallArgs(ParseContext c, String name, CommandShape shape, Span head, boolean extern) {
        this.c = c;
        this.name = name;
        this.shape = shape;
        this.head = head;
        this.extern = extern;
        this.wrapped = extern || c.wrapped.contains(name);
    }

    List<Argument> parse(List<Word> ws) {
        List<Argument> args = new ArrayList<>();
        int posIdx = 0;
        boolean flagsEnded = false;
        for (int i = 0; i < ws.size(); i++) {
            Word w = ws.get(i);
            Tok f = w.first();
            String t = c.text(w);
            if (!flagsEnded && w.isBare() && t.equals("--") && !wrapped) {
                flagsEnded = true; // `--` ends flags: what follows is positional even if it starts with '-'
                continue;
            }
            if (flagsEnded) {
                CommandShape.PositionalShape ps = posIdx < shape.positionals().size() ? shape.positionals().get(posIdx) : shape.rest();
                if (ps != null) {
                    posIdx++;
                    Expr e = w.isBare() && t.startsWith("-") && !ExprParser.startsNumber(t) ? new Expr.StringLit(t, true, c.span(w)) : c.exprs.value(w, ps.shape());
                    args.add(new Argument.Positional(e, e.span()));
                    continue;
                }
            }
            if (!flagsEnded && f.is(Tok.Kind.BARE) && c.text(f).startsWith("--") && c.text(f).length() > 2 && !wrappedRest(posIdx)) {
                i = longFlag(ws, i, args);
                continue;
            }
            if (!flagsEnded && w.isBare() && t.length() > 1 && t.charAt(0) == '-' && Character.isLetter(t.charAt(1)) && !wrappedRest(posIdx)) {
                i = shortFlags(ws, i, args);
                continue;
            }
            Expr spread = c.collections.spread(w);
            if (spread instanceof Expr.Spread s) {
                args.add(new Argument.SpreadArg(s.value(), s.span()));
                continue;
            }
            CommandShape.PositionalShape ps = posIdx < shape.positionals().size() ? shape.positionals().get(posIdx) : shape.rest();
            if (ps == null && extern) {
                Expr e = c.exprs.value(w, SyntaxShape.ANY);
                args.add(new Argument.Positional(e, e.span()));
                continue;
            }
            if (ps == null) {
                c.diags.add(Diagnostic.builder("nu::parser::extra_positional", "Extra positional argument.")
                        .label(c.span(w), "extra positional argument")
                        .help("Usage: " + usage()).build());
                Expr e = c.exprs.value(w, SyntaxShape.ANY);
                args.add(new Argument.Positional(e, e.span()));
                continue;
            }
            posIdx++;
            if (ps.shape() == SyntaxShape.ROW_CONDITION) {
                int end = i + 1;
                while (end < ws.size() && !isLongFlag(ws.get(end))) end++;
                Expr e = rowCondition(ws.subList(i, end));
                args.add(new Argument.Positional(e, e.span()));
                i = end - 1;
                continue;
            }
            if (ps.shape() == SyntaxShape.EXPRESSION && i + 1 < ws.size() && c.exprs.isOperator(ws.get(i + 1))) {
                int end = i + 1;
                while (end + 1 < ws.size() && c.exprs.isOperator(ws.get(end))) end += 2;
                Expr e = c.exprs.math(ws.subList(i, Math.min(end, ws.size())), false);
                args.add(new Argument.Positional(e, e.span()));
                i = end - 1;
                continue;
            }
            Expr e = c.exprs.value(w, ps.shape());
            args.add(new Argument.Positional(e, e.span()));
        }
        int required = 0;
        for (CommandShape.PositionalShape p : shape.positionals()) if (!p.optional()) required++;
        if (posIdx < required && !hasSpread(args) && !hasHelp(args) && !c.inAlias) {
            int at = args.isEmpty() ? head.end() : Math.max(head.end(), args.get(args.size() - 1).span().end());
            CommandShape.PositionalShape missing = shape.positionals().get(posIdx);
            c.diags.add(Diagnostic.builder("nu::parser::missing_positional", "Missing required positional argument.")
                    .label(c.span(at, at), "missing " + missing.name())
                    .help("Usage: " + usage() + ". Use `--help` for more information.").build());
        }
        return args;
    }

    private static boolean hasHelp(List<Argument> args) {
        for (Argument a : args) if (a instanceof Argument.Named n && n.name().equals("help")) return true;
        return false;
    }

    private static boolean hasSpread(List<Argument> args) {
        for (Argument a : args) if (a instanceof Argument.SpreadArg) return true;
        return false;
    }

    /** A --wrapped def passes everything after its positionals on, flags included. */
    private boolean wrappedRest(int posIdx) { return wrapped && !extern && posIdx >= shape.positionals().size(); }

    private boolean isLongFlag(Word w) {
        String t = c.text(w);
        return w.first().is(Tok.Kind.BARE) && t.startsWith("--") && t.length() > 2 && shape.flag(flagName(t)) != null;
    }

    private static String flagName(String t) {
        int eq = t.indexOf('=');
        return eq > 0 ? t.substring(2, eq) : t.substring(2);
    }

    private Expr rowCondition(List<Word> ws) {
        if (ws.size() == 1 && ws.get(0).isGroup(Tok.Kind.BRACE)) return c.collections.closure(ws.get(0).first());
        c.scopes.push();
        c.scopes.declare("it");
        Expr cond = c.exprs.math(ws, true);
        c.scopes.pop();
        return new Expr.RowCondition(cond, c.span(ws.get(0)).merge(c.span(ws.get(ws.size() - 1))));
    }

    private int longFlag(List<Word> ws, int i, List<Argument> args) {
        Word w = ws.get(i);
        Tok f = w.first();
        String ft = c.text(f);
        int eq = ft.indexOf('=');
        String fname = eq > 0 ? ft.substring(2, eq) : ft.substring(2);
        Span nameSpan = c.span(f.start(), eq > 0 ? f.start() + eq : f.end());
        CommandShape.FlagShape fs = shape.flag(fname);
        if (fs == null) {
            if (wrapped) {
                Expr e = new Expr.StringLit(c.text(w), true, c.span(w));
                args.add(new Argument.Positional(e, e.span()));
                return i;
            }
            unknownFlag(nameSpan, fname);
            if (eq < 0 && !w.single()) return i;
            args.add(new Argument.Named(fname, null, null, nameSpan, c.span(w)));
            return i;
        }
        Expr value = null;
        if (eq > 0 || !w.single()) {
            List<Tok> vt = new ArrayList<>();
            if (eq > 0 && eq + 1 < ft.length()) vt.add(f.slice(f.start() + eq + 1, f.end()));
            vt.addAll(w.toks().subList(1, w.toks().size()));
            if (vt.isEmpty()) {
                c.error("nu::parser::missing_flag_param", "Missing flag argument.", nameSpan, "flag missing " + shapeName(fs.valueShape()) + " argument");
            } else {
                value = c.exprs.value(Word.of(vt), fs.valueShape() == null ? SyntaxShape.BOOLEAN : fs.valueShape());
            }
        } else if (fs.valueShape() != null) {
            if (i + 1 < ws.size()) {
                value = c.exprs.value(ws.get(i + 1), fs.valueShape());
                i++;
            } else {
                c.error("nu::parser::missing_flag_param", "Missing flag argument.", nameSpan, "flag missing " + shapeName(fs.valueShape()) + " argument");
            }
        }
        Span span = value == null ? c.span(w) : c.span(w).merge(value.span());
        args.add(new Argument.Named(fs.longName(), fs.shortName(), value, nameSpan, span));
        return i;
    }

    private int shortFlags(List<Word> ws, int i, List<Argument> args) {
        Word w = ws.get(i);
        String t = c.text(w);
        for (int k = 1; k < t.length(); k++) {
            char ch = t.charAt(k);
            Span cs = c.span(w.start() + k, w.start() + k + 1);
            CommandShape.FlagShape fs = shape.shortFlag(ch);
            if (fs == null) {
                if (wrapped) {
                    Expr e = new Expr.StringLit(t, true, c.span(w));
                    args.add(new Argument.Positional(e, e.span()));
                    return i;
                }
                unknownFlag(cs, "-" + ch);
                continue;
            }
            Expr value = null;
            if (fs.valueShape() != null) {
                if (k == t.length() - 1 && i + 1 < ws.size()) {
                    value = c.exprs.value(ws.get(i + 1), fs.valueShape());
                    i++;
                } else {
                    c.error("nu::parser::missing_flag_param", "Missing flag argument.", cs, "flag missing " + shapeName(fs.valueShape()) + " argument");
                }
            }
            args.add(new Argument.Named(fs.longName(), ch, value, cs, value == null ? cs : cs.merge(value.span())));
        }
        return i;
    }

    private void unknownFlag(Span span, String flag) {
        c.diags.add(Diagnostic.builder("nu::parser::unknown_flag", "The `" + name + "` command doesn't have flag `" + flag + "`.")
                .label(span, "unknown flag").help("Use `--help` to see available flags").build());
    }

    private static String shapeName(SyntaxShape s) { return s == null ? "any" : s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }

    private String usage() {
        StringBuilder sb = new StringBuilder(name);
        for (CommandShape.PositionalShape p : shape.positionals()) sb.append(p.optional() ? " (" + p.name() + ")" : " <" + p.name() + ">");
        if (shape.rest() != null) sb.append(" ...(").append(shape.rest().name()).append(")");
        sb.append(" ");
        return sb.toString();
    }
}
