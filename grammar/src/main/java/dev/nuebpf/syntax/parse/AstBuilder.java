package dev.nuebpf.syntax.parse;

import dev.nuebpf.diag.Span;
import dev.nuebpf.syntax.Argument;
import dev.nuebpf.syntax.Block;
import dev.nuebpf.syntax.CommandShape;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.Pipeline;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/**
 * Blocks, pipelines and pipeline elements: splits token lists at newlines, {@code ;} and {@code |}, handles
 * redirections, and decides per element whether it is a keyword statement, an expression, a call of a
 * known command (arguments read by its shape) or an external command.
 */
final class AstBuilder {
    private final ParseContext c;
    final Keywords keywords;

    AstBuilder(ParseContext c) {
        this.c = c;
        this.keywords = new Keywords(c);
    }

    /** A block from tokens; in parentheses newlines are whitespace, in braces and at top level they end pipelines. */
    Block block(List<Tok> toks, boolean nlSeparates, Span span) {
        List<Pipeline> out = new ArrayList<>();
        List<Tok> cur = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.is(Tok.Kind.SEMI)) {
                if (!cur.isEmpty()) out.add(pipeline(cur));
                cur = new ArrayList<>();
            } else if (t.is(Tok.Kind.NL)) {
                if (!nlSeparates || cur.isEmpty()) continue;
                if (cur.get(cur.size() - 1).is(Tok.Kind.PIPE) || endsWithPipeRedirect(cur)) continue;
                int j = i + 1;
                while (j < toks.size() && toks.get(j).is(Tok.Kind.NL)) j++;
                if (j < toks.size() && toks.get(j).is(Tok.Kind.PIPE)) continue;
                out.add(pipeline(cur));
                cur = new ArrayList<>();
            } else {
                cur.add(t);
            }
        }
        if (!cur.isEmpty()) out.add(pipeline(cur));
        java.util.Set<String> defined = new java.util.HashSet<>();
        for (Pipeline p : out) {
            if (p.elements().size() == 1 && p.elements().get(0).expr() instanceof Expr.Def d && !defined.add(d.name())) {
                c.error("nu::parser::duplicate_command_def", "Duplicate command definition within a block.", d.nameSpan(), "defined more than once");
            }
        }
        return new Block(out, span);
    }

    private boolean endsWithPipeRedirect(List<Tok> cur) {
        Tok last = cur.get(cur.size() - 1);
        return last.is(Tok.Kind.REDIR) && c.text(last).endsWith(">|");
    }

    private record RawElement(List<Tok> toks, Pipeline.Redirect pipeRedirect) {}

    Pipeline pipeline(List<Tok> toks) {
        List<RawElement> raw = new ArrayList<>();
        List<Tok> cur = new ArrayList<>();
        for (Tok t : toks) {
            if (t.is(Tok.Kind.PIPE) || (t.is(Tok.Kind.REDIR) && c.text(t).endsWith(">|"))) {
                Pipeline.Redirect r = t.is(Tok.Kind.REDIR) ? new Pipeline.Redirect(redirectKind(c.text(t)), null, false, c.span(t)) : null;
                // an empty element before `|` is accepted, as Nushell does (`( | str join)`)
                if (!cur.isEmpty()) raw.add(new RawElement(cur, r));
                cur = new ArrayList<>();
            } else {
                cur.add(t);
            }
        }
        if (cur.isEmpty()) {
            Tok last = toks.get(toks.size() - 1);
            if (last.is(Tok.Kind.PIPE) || last.is(Tok.Kind.REDIR)) {
                c.error("nu::parser::unexpected_eof", "Unexpected end of code.", c.span(last.end(), last.end() + 1),
                        "expected closing pipeline missing end");
            }
        } else {
            raw.add(new RawElement(cur, null));
        }
        Span span = c.span(toks.get(0).start(), toks.get(toks.size() - 1).end());
        if (raw.isEmpty()) return new Pipeline(List.of(), span);
        // let/mut/const and assignments take the rest of the pipeline as their value
        List<Word> firstWords = Word.split(raw.get(0).toks(), false);
        Expr stmt = keywords.bindings.pipelineStatement(firstWords, raw.size() > 1 ? restAsElements(raw) : List.of());
        if (stmt != null) return new Pipeline(List.of(new Pipeline.Element(stmt, null, stmt.span())), span);
        List<Pipeline.Element> elems = new ArrayList<>();
        for (RawElement r : raw) elems.add(element(r));
        return new Pipeline(elems, span);
    }

    private List<List<Tok>> restAsElements(List<RawElement> raw) {
        List<List<Tok>> out = new ArrayList<>();
        for (int i = 1; i < raw.size(); i++) out.add(raw.get(i).toks());
        return out;
    }

    /** The value of let/assignment: the words after '=' followed by the remaining pipeline elements. */
    Expr pipelineValue(List<Word> first, List<List<Tok>> rest, Span fallback) {
        if (rest.isEmpty()) {
            if (first.isEmpty()) return new Expr.Garbage(fallback);
            return element(first);
        }
        List<Pipeline.Element> elems = new ArrayList<>();
        int start = first.isEmpty() ? rest.get(0).get(0).start() : first.get(0).start();
        if (!first.isEmpty()) {
            Expr e = element(first);
            elems.add(new Pipeline.Element(e, null, e.span()));
        }
        int end = start;
        for (List<Tok> r : rest) {
            Pipeline.Element el = element(new RawElement(r, null));
            elems.add(el);
            end = el.span().end();
        }
        Span s = c.span(start, end);
        return new Expr.Subexpr(new Block(List.of(new Pipeline(elems, s)), s), s);
    }

    private static String redirectKind(String text) {
        String k = text.substring(0, text.indexOf('>'));
        return switch (k) {
            case "o", "out" -> "out";
            case "e", "err" -> "err";
            default -> "out+err";
        };
    }

    private Pipeline.Element element(RawElement r) {
        List<Tok> toks = r.toks();
        List<Tok> rest = new ArrayList<>();
        Pipeline.Redirect redirect = r.pipeRedirect();
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.is(Tok.Kind.REDIR) && !c.text(t).endsWith(">|")) {
                String text = c.text(t);
                int j = i + 1;
                if (j >= toks.size()) {
                    c.error("nu::parser::missing_positional", "Missing redirection target.", c.span(t), "expected a file name after the redirection");
                    continue;
                }
                int e = j + 1;
                while (e < toks.size() && toks.get(e).start() == toks.get(e - 1).end()) e++;
                Word target = Word.of(toks.subList(j, e));
                Expr te = c.exprs.value(target, SyntaxShape.FILEPATH);
                redirect = new Pipeline.Redirect(redirectKind(text), te, text.endsWith(">>"), c.span(t).merge(te.span()));
                i = e - 1;
            } else {
                rest.add(t);
            }
        }
        Expr e = rest.isEmpty() ? new Expr.Garbage(c.span(toks.get(0))) : element(Word.split(rest, false));
        Span span = redirect != null && redirect.target() != null ? e.span().merge(redirect.span()) : e.span();
        return new Pipeline.Element(e, redirect, span);
    }

    /** One pipeline element from its words. */
    Expr element(List<Word> ws) {
        Word first = ws.get(0);
        if (first.isBare()) {
            String t = c.text(first);
            Expr k = keywords.statement(t, ws);
            if (k != null) return k;
            if (t.startsWith("$") && ws.size() >= 2) {
                Expr a = keywords.bindings.pipelineStatement(ws, List.of());
                if (a != null) return a;
            }
            if (startsValue(t)) return c.exprs.math(ws, false);
            if (t.startsWith("^")) return external(ws, true);
            return call(ws);
        }
        if (first.first().is(Tok.Kind.BARE) && c.text(first.first()).startsWith("^")) return external(ws, true);
        if (!first.single() && first.first().is(Tok.Kind.BARE) && !startsValue(c.text(first))
                && !c.exprs.isOperator(ws.size() > 1 ? ws.get(1) : first) && !c.paths.looksLikePath(first)
                && !c.paths.looksLikeRange(first) && !Literals.isDate(c.text(first))) {
            return call(ws);
        }
        return c.exprs.math(ws, false);
    }

    static boolean startsValue(String t) {
        if (t.isEmpty()) return false;
        char ch = t.charAt(0);
        if (ch == '$') return true;
        if (Character.isDigit(ch) || ExprParser.startsNumber(t)) return numericWord(t);
        if (ch == '-' && t.length() > 1 && (t.charAt(1) == '$' || t.charAt(1) == '(')) return true;
        if (t.startsWith("..") && !t.startsWith("...") && t.length() > 2) return true;
        return t.equals("true") || t.equals("false") || t.equals("null") || t.equals("not");
    }

    /** A word starting like a number is a value only if it reads as one; else (`3+`, `1,`) it names a command, as in nu. */
    private static boolean numericWord(String t) {
        if (t.contains("..") || t.startsWith("0x[") || t.startsWith("0b[") || t.startsWith("0o[") || Literals.isDate(t)) return true;
        try {
            if (Literals.parseInt(t) != null || Literals.parseFloat(t) != null) return true;
        } catch (ArithmeticException e) {
            return true;
        }
        String[] nu = Literals.splitUnit(t);
        return nu != null && (Literals.durationUnit(nu[1]) != 0 || Literals.filesizeUnit(nu[1]) != 0);
    }

    // ---- calls --------------------------------------------------------------------------------------

    Expr call(List<Word> ws) {
        String name = c.text(ws.get(0));
        if (!c.externShapes.isEmpty()) {
            String en = null;
            int ek = 0;
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < ws.size() && ws.get(k).isBare(); k++) {
                if (k > 0) sb.append(' ');
                sb.append(c.text(ws.get(k)));
                if (c.externShapes.containsKey(sb.toString())) { en = sb.toString(); ek = k + 1; }
            }
            if (en != null && !c.defs.containsKey(en)) {
                // checked against the extern's signature (nu reports these at parse time), then run as external
                new CallArgs(c, en, c.externShapes.get(en), c.span(ws.get(0)).merge(c.span(ws.get(ek - 1))), true).parse(ws.subList(ek, ws.size()));
                return external(ws, false);
            }
        }
        if (c.externs.contains(name) && !c.defs.containsKey(name)) return external(ws, false);
        int best = c.lookup(name) != null ? 1 : 0;
        String bestName = best == 1 ? name : null;
        int k = 1;
        while (k < ws.size() && ws.get(k).isBare() && c.isPrefix(name)) {
            name = name + " " + c.text(ws.get(k));
            k++;
            if (c.lookup(name) != null) {
                best = k;
                bestName = name;
            }
        }
        if (best == 0) {
            if (c.aliases.contains(c.text(ws.get(0)))) return genericCall(c.text(ws.get(0)), ws, 1, 1);
            return external(ws, false);
        }
        CommandShape shape = c.lookup(bestName);
        if (best < ws.size() && c.scopes.isLenient() && shape.positionals().isEmpty() && shape.rest() == null && ws.get(best).isBare()
                && !c.text(ws.get(best)).startsWith("-") && !startsValue(c.text(ws.get(best)))) {
            // `date local` after a `use`: a subcommand from a module we did not read; the evaluator resolves it
            return genericCall(bestName + " " + c.text(ws.get(best)), ws, best + 1, best + 1);
        }
        Span head = c.span(ws.get(0)).merge(c.span(ws.get(best - 1)));
        List<Argument> args = new CallArgs(c, bestName, shape, head, false).parse(ws.subList(best, ws.size()));
        Span span = args.isEmpty() ? head : head.merge(args.get(args.size() - 1).span());
        return new Expr.Call(bestName, args, head, span);
    }

    /** A call whose signature we do not know but which is not external (aliases): arguments read generically. */
    private Expr genericCall(String name, List<Word> ws, int headWords, int from) {
        List<Argument> args = new ArrayList<>();
        for (int i = from; i < ws.size(); i++) {
            Word w = ws.get(i);
            String t = c.text(w);
            if (w.isBare() && t.startsWith("-") && !ExprParser.startsNumber(t) && t.length() > 1) {
                String n = t.startsWith("--") ? t.substring(2) : t.substring(1);
                args.add(new Argument.Named(n, null, null, c.span(w), c.span(w)));
            } else {
                Expr e = c.collections.item(w);
                args.add(e instanceof Expr.Spread s ? new Argument.SpreadArg(s.value(), s.span()) : new Argument.Positional(e, e.span()));
            }
        }
        Span head = c.span(ws.get(0)).merge(c.span(ws.get(headWords - 1)));
        return new Expr.Call(name, args, head, args.isEmpty() ? head : head.merge(args.get(args.size() - 1).span()));
    }

    /** {@code ^cmd args} or an unknown command: arguments are strings unless they are variables or brackets. */
    Expr external(List<Word> ws, boolean caret) {
        Word hw = ws.get(0);
        Expr head;
        if (caret) {
            Tok f = hw.first();
            List<Tok> rest = new ArrayList<>();
            if (f.end() > f.start() + 1) rest.add(f.slice(f.start() + 1, f.end()));
            rest.addAll(hw.toks().subList(1, hw.toks().size()));
            if (rest.isEmpty()) {
                // a lone `^` runs the next word (nu reports nothing at parse time)
                if (ws.size() < 2) return new Expr.ExternalCall(new Expr.StringLit("", true, c.span(hw)), List.of(), c.span(hw));
                List<Word> shifted = new ArrayList<>(ws.subList(1, ws.size()));
                Expr x = external(shifted, false);
                return x instanceof Expr.ExternalCall ec ? new Expr.ExternalCall(ec.head(), ec.args(), c.span(hw).merge(ec.span())) : x;
            }
            head = externalArg(Word.of(rest));
        } else {
            head = hw.isBare() ? new Expr.StringLit(c.text(hw), true, c.span(hw)) : externalArg(hw);
        }
        List<Expr> args = new ArrayList<>();
        for (int i = 1; i < ws.size(); i++) args.add(externalArg(ws.get(i)));
        Span span = args.isEmpty() ? c.span(hw) : c.span(hw).merge(args.get(args.size() - 1).span());
        return new Expr.ExternalCall(head, args, span);
    }

    private Expr externalArg(Word w) {
        Expr s = c.collections.spread(w);
        if (s != null) return s;
        if (w.isGroup(Tok.Kind.BRACE)) {
            // nu does not parse a block given to an external: it is passed as its text
            return new Expr.StringLit(c.text(w), true, c.span(w));
        }
        if (w.isBare()) {
            String t = c.text(w);
            if (t.startsWith("$")) return c.exprs.value(w, SyntaxShape.ANY);
            return new Expr.StringLit(t, true, c.span(w));
        }
        if (w.single()) return c.exprs.value(w, SyntaxShape.ANY);
        Expr p = c.paths.pathAccess(w);
        if (p != null) return p;
        return c.strings.stringish(w);
    }
}
