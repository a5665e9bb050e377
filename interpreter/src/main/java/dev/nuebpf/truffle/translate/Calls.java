package dev.nuebpf.truffle.translate;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.Argument;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.Param;
import dev.nuebpf.syntax.Pipeline;
import dev.nuebpf.truffle.nodes.ExprNode;
import dev.nuebpf.truffle.nodes.call.BuiltinCallNode;
import dev.nuebpf.truffle.nodes.call.DefCallNode;
import dev.nuebpf.truffle.nodes.call.ExternalNode;
import dev.nuebpf.truffle.nodes.call.RedirectNode;
import dev.nuebpf.truffle.nodes.expr.ConstNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls: resolves a name to an alias, a def or a built-in (anything else runs as an external program),
 * and matches the written arguments to the callee's signature, reporting nu's parse-time errors
 * (extra/missing positional, unknown flag) before anything runs.
 */
final class Calls {
    private final Translator t;
    private int aliasDepth;
    /** Aliases being expanded: inside its own expansion a name means what it meant before the alias. */
    private final java.util.Set<String> expanding = new java.util.HashSet<>();

    Calls(Translator t) { this.t = t; }

    ExprNode call(Expr.Call c, Scope s, boolean captureStderr) {
        c = subcommand(c, s);
        if (c.name().equals("unlet") && s.findDef("unlet") == null) {
            unlet(c, s);
            return new ConstNode(Value.NOTHING, c.span());
        }
        Expr alias = aliasDepth < 16 && !expanding.contains(c.name()) ? s.findAlias(c.name()) : null;
        if (alias != null) {
            expanding.add(c.name());
            try {
                return aliasCall(alias, c, s, captureStderr);
            } finally {
                expanding.remove(c.name());
            }
        }
        if (s.isExtern(c.name())) return asExternal(c, s, captureStderr);
        DefInfo d = s.findDef(c.name());
        if (d != null) return defCall(d, c, s);
        Command cmd = t.builtin(c.name());
        if (cmd != null) return builtinCall(cmd, c, s);
        return asExternal(c, s, captureStderr);
    }

    private ExprNode asExternal(Expr.Call c, Scope s, boolean captureStderr) {
        List<Expr> args = new ArrayList<>();
        String[] words = c.name().split(" ");
        for (int i = 1; i < words.length; i++) args.add(new Expr.StringLit(words[i], true, c.headSpan()));
        for (Argument a : c.args()) args.addAll(argAsExternal(a));
        return external(new Expr.ExternalCall(new Expr.StringLit(words[0], true, c.headSpan()), args, c.span()), s, captureStderr);
    }

    /** {@code unlet $x}: later references to the variables no longer resolve (as in nu, checked when translating). */
    private void unlet(Expr.Call c, Scope s) {
        if (c.args().isEmpty()) {
            throw CompileError.of("nu::parser::missing_positional", "Missing required positional argument.", c.span(), "missing variable");
        }
        for (Argument a : c.args()) {
            if (!(a instanceof Argument.Positional p) || !(p.value() instanceof Expr.VarRef v)) {
                throw CompileError.of("nu::parser::parse_mismatch", "Parse mismatch: expected variable.", a.span(), "expected a variable");
            }
            for (Scope sc = s; sc != null; sc = sc.parent) {
                if (sc.vars.remove(v.name()) != null) break;
            }
        }
    }

    /**
     * The parser only knows commands it was told about; a module imported from a file ({@code use greet.nu})
     * brings subcommands like {@code greet hello}: leading bare words that complete a known name join it.
     */
    private Expr.Call subcommand(Expr.Call c, Scope s) {
        List<Argument> args = c.args();
        int words = 0;
        while (words < args.size() && words < 3 && args.get(words) instanceof Argument.Positional p
                && p.value() instanceof Expr.StringLit sl && sl.bare()) words++;
        for (int n = words; n > 0; n--) {
            StringBuilder name = new StringBuilder(c.name());
            for (int i = 0; i < n; i++) name.append(' ').append(((Expr.StringLit) ((Argument.Positional) args.get(i)).value()).value());
            String full = name.toString();
            if (s.findDef(full) != null || s.findAlias(full) != null || t.builtin(full) != null) {
                Span head = c.headSpan().merge(args.get(n - 1).span());
                return new Expr.Call(full, args.subList(n, args.size()), head, c.span());
            }
        }
        return c;
    }

    private ExprNode aliasCall(Expr target, Expr.Call c, Scope s, boolean captureStderr) {
        aliasDepth++;
        try {
            if (target instanceof Expr.Call tc) {
                List<Argument> args = new ArrayList<>(tc.args());
                args.addAll(c.args());
                // nu binds an alias to the command visible where the alias is written: a def of the same name
                // further down the source does not replace a built-in the alias already named
                DefInfo later = s.findDef(tc.name());
                Command builtin = t.builtin(tc.name());
                if (later != null && builtin != null && later.ast().span().source() == tc.span().source()
                        && later.ast().span().start() > tc.span().end()) {
                    return builtinCall(builtin, new Expr.Call(tc.name(), args, c.headSpan(), c.span()), s);
                }
                return call(new Expr.Call(tc.name(), args, c.headSpan(), c.span()), s, captureStderr);
            }
            if (target instanceof Expr.ExternalCall x) {
                List<Expr> args = new ArrayList<>(x.args());
                for (Argument a : c.args()) args.addAll(argAsExternal(a));
                return external(new Expr.ExternalCall(x.head(), args, c.span()), s, captureStderr);
            }
            return t.expr(target, s);
        } finally {
            aliasDepth--;
        }
    }

    private static final java.util.regex.Pattern QUOTED_FLAG_VALUE = java.util.regex.Pattern.compile("(--?[^=\\s\"']+=)([\"'])(.*)\\2", java.util.regex.Pattern.DOTALL);

    private static List<Expr> argAsExternal(Argument a) {
        List<Expr> out = new ArrayList<>();
        if (a instanceof Argument.Positional p) {
            // `--option="test"` reaches an external as --option=test (nu strips the value's quotes)
            if (p.value() instanceof Expr.StringLit sl && sl.bare()) {
                java.util.regex.Matcher m = QUOTED_FLAG_VALUE.matcher(sl.value());
                if (m.matches()) {
                    out.add(new Expr.StringLit(m.group(1) + m.group(3), true, sl.span()));
                    return out;
                }
            }
            out.add(p.value());
        } else if (a instanceof Argument.Named n) {
            String flag = n.name() != null ? "--" + n.name() : "-" + n.shortName();
            out.add(new Expr.StringLit(flag, true, n.nameSpan()));
            if (n.value() != null) out.add(n.value());
        } else if (a instanceof Argument.SpreadArg sp) out.add(new Expr.Spread(sp.value(), sp.span()));
        return out;
    }

    ExprNode external(Expr.ExternalCall x, Scope s, boolean captureStderr) {
        // an unknown-looking word may name a def/alias/built-in (the parser did not know it): call it
        if (x.head() instanceof Expr.StringLit h && h.bare() && !h.span().text().startsWith("^")) {
            String name = h.value();
            boolean alias = s.findAlias(name) != null && !expanding.contains(name);
            if (alias || (!s.isExtern(name) && (s.findDef(name) != null || t.builtin(name) != null))) {
                List<Argument> args = new ArrayList<>();
                for (Expr a : x.args()) {
                    if (a instanceof Expr.Spread sp) args.add(new Argument.SpreadArg(sp.value(), sp.span()));
                    else args.add(new Argument.Positional(a, a.span()));
                }
                return call(new Expr.Call(name, args, h.span(), x.span()), s, captureStderr);
            }
        }
        if (x.args().isEmpty() && x.head() instanceof Expr.StringLit h && h.bare()) {
            switch (h.value()) {
                case "inf" -> { return new ConstNode(Value.of(Double.POSITIVE_INFINITY), h.span()); }
                case "-inf" -> { return new ConstNode(Value.of(Double.NEGATIVE_INFINITY), h.span()); }
                case "NaN" -> { return new ConstNode(Value.of(Double.NaN), h.span()); }
                default -> { }
            }
        }
        ExprNode head = t.expr(x.head(), s);
        ExprNode[] args = new ExprNode[x.args().size()];
        boolean[] spread = new boolean[args.length];
        boolean[] bare = new boolean[args.length];
        for (int i = 0; i < args.length; i++) {
            Expr a = x.args().get(i);
            if (a instanceof Expr.Spread sp) {
                spread[i] = true;
                a = sp.value();
            }
            bare[i] = a instanceof Expr.StringLit sl && sl.bare();
            if (bare[i]) {
                // `--option="test"` reaches the program as --option=test: nu strips the value's quotes
                java.util.regex.Matcher m = QUOTED_FLAG_VALUE.matcher(((Expr.StringLit) a).value());
                if (m.matches()) a = new Expr.StringLit(m.group(1) + m.group(3), true, a.span());
            }
            args[i] = t.expr(a, s);
        }
        return new ExternalNode(head, args, spread, bare, captureStderr, x.span());
    }

    ExprNode redirect(ExprNode node, Pipeline.Redirect r, Scope s) {
        if (r.target() == null) return node;
        return new RedirectNode(node, t.expr(r.target(), s), r.kind(), r.append(), r.span());
    }

    // ---- built-ins ----------------------------------------------------------------------------

    private ExprNode builtinCall(Command cmd, Expr.Call c, Scope s) {
        Signature sig = cmd.signature();
        int np = sig.positionals().size();
        ExprNode[] pos = new ExprNode[np];
        List<ExprNode> rest = new ArrayList<>();
        List<Boolean> spread = new ArrayList<>();
        List<String> flagNames = new ArrayList<>();
        List<ExprNode> flagVals = new ArrayList<>();
        int next = 0;
        boolean spreadSeen = false;
        for (Argument a : c.args()) {
            if (a instanceof Argument.Positional p) {
                dev.nuebpf.syntax.SyntaxShape shape = next < np && !spreadSeen ? sig.positionals().get(next).shape()
                        : sig.rest() == null ? null : sig.rest().shape();
                ExprNode n = t.expr(cellPathArg(p.value(), shape), s);
                if (next < np && !spreadSeen) pos[next++] = n;
                else if (sig.rest() != null) {
                    rest.add(n);
                    spread.add(false);
                } else throw extraPositional(cmd.name(), p.span());
            } else if (a instanceof Argument.Named n) {
                Signature.Flag f = n.name() == null ? null : sig.flag(n.name());
                if (f == null && n.shortName() != null) {
                    for (Signature.Flag g : sig.flags()) if (g.shortName() != null && g.shortName().equals(n.shortName())) f = g;
                }
                if (f == null) {
                    if ("help".equals(n.name()) || (n.shortName() != null && n.shortName() == 'h')) return help(cmd, c.span());
                    throw unknownFlag(cmd.name(), n);
                }
                if (f.shape() != null && n.value() == null) throw missingFlagValue(f.longName(), n.span());
                flagNames.add(f.longName());
                flagVals.add(n.value() == null ? null : t.expr(n.value(), s));
            } else if (a instanceof Argument.SpreadArg sp) {
                if (sig.rest() == null) {
                    throw CompileError.of("nu::parser::unexpected_spread_arg", "Unexpected spread argument.", sp.span(),
                            "unexpected spread argument");
                }
                rest.add(t.expr(sp.value(), s));
                spread.add(true);
                spreadSeen = true;
            }
        }
        for (int i = 0; i < np; i++) {
            Signature.Positional p = sig.positionals().get(i);
            if (pos[i] == null && !p.optional()) throw missingPositional(p.name(), c);
        }
        boolean[] sp = new boolean[spread.size()];
        for (int i = 0; i < sp.length; i++) sp[i] = spread.get(i);
        return new BuiltinCallNode(cmd, c.headSpan(), pos, rest.toArray(new ExprNode[0]), sp,
                flagNames.toArray(new String[0]), flagVals.toArray(new ExprNode[0]), c.span());
    }

    /** {@code cmd --help}: the same page as {@code help cmd} when the help command is there. */
    /** Where a cell path is expected, {@code "col".0} is the path col.0, not an access into the string. */
    private static Expr cellPathArg(Expr e, dev.nuebpf.syntax.SyntaxShape shape) {
        if ((shape == dev.nuebpf.syntax.SyntaxShape.CELL_PATH || shape == dev.nuebpf.syntax.SyntaxShape.FULL_CELL_PATH)
                && e instanceof Expr.CellPathAccess cpa && cpa.base() instanceof Expr.StringLit sl) {
            List<dev.nuebpf.syntax.PathMember> members = new ArrayList<>();
            members.add(dev.nuebpf.syntax.PathMember.column(sl.value(), false, sl.span()));
            members.addAll(cpa.members());
            return new Expr.CellPathLit(members, cpa.span());
        }
        return e;
    }

    private ExprNode help(Command cmd, Span span) {
        Command help = t.builtin("help");
        if (help != null && !cmd.name().equals("help")) {
            Expr.Call call = new Expr.Call("help", List.of(new Argument.Positional(new Expr.StringLit(cmd.name(), false, span), span)), span, span);
            return builtinCall(help, call, new Scope(null, null));
        }
        return new ConstNode(Value.of(cmd.signature().description()), span);
    }

    // ---- defs ---------------------------------------------------------------------------------

    private ExprNode defCall(DefInfo d, Expr.Call c, Scope s) {
        List<Param> params = d.params();
        ExprNode[] args = new ExprNode[params.size()];
        int restIndex = -1;
        List<Integer> positional = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            Param.Kind k = params.get(i).kind();
            if (k == Param.Kind.REQUIRED || k == Param.Kind.OPTIONAL) positional.add(i);
            else if (k == Param.Kind.REST) restIndex = i;
        }
        List<ExprNode> rest = new ArrayList<>();
        List<Boolean> spread = new ArrayList<>();
        int next = 0;
        boolean spreadSeen = false;
        for (Argument a : c.args()) {
            if (a instanceof Argument.Positional p) {
                if (d.def.wrapped() && next >= positional.size()) {
                    // --wrapped: the rest are passed on as written
                    Expr v = p.value();
                    String text = v.span().text();
                    if (v instanceof Expr.StringLit sl && !sl.bare()) text = sl.value();
                    if (v instanceof Expr.StringLit sl && sl.bare() && text.startsWith("--") && text.contains("=")) {
                        int idx = flagIndex(params, text.substring(2, text.indexOf('=')), null);
                        if (idx >= 0 && args[idx] == null) {
                            args[idx] = new ConstNode(Value.of(text.substring(text.indexOf('=') + 1)), v.span());
                            continue;
                        }
                    }
                    boolean literal = v instanceof Expr.IntLit || v instanceof Expr.FloatLit || v instanceof Expr.BoolLit
                            || v instanceof Expr.StringLit || v instanceof Expr.NothingLit;
                    rest.add(literal ? new ConstNode(Value.of(text), v.span()) : t.expr(v, s));
                    spread.add(false);
                    continue;
                }
                ExprNode n = t.expr(p.value(), s);
                if (next < positional.size() && !spreadSeen) args[positional.get(next++)] = n;
                else if (restIndex >= 0 || d.def.wrapped()) {
                    rest.add(n);
                    spread.add(false);
                } else throw extraPositional(d.name(), p.span());
            } else if (a instanceof Argument.Named n) {
                int idx = -1;
                for (int i = 0; i < params.size(); i++) {
                    Param p = params.get(i);
                    if (p.kind() != Param.Kind.FLAG && p.kind() != Param.Kind.SWITCH) continue;
                    if ((n.name() != null && (p.name().equals(n.name()) || p.name().replace('_', '-').equals(n.name())))
                            || (n.shortName() != null && n.shortName().equals(p.shortName()))) idx = i;
                }
                if (idx < 0) {
                    if ("help".equals(n.name())) return new ConstNode(Value.of(d.def.description() == null ? "" : d.def.description()), c.span());
                    if (d.def.wrapped()) {
                        rest.add(new ConstNode(Value.of(n.span().text()), n.span()));
                        spread.add(false);
                        continue;
                    }
                    throw unknownFlag(d.name(), n);
                }
                Param p = params.get(idx);
                if (p.kind() == Param.Kind.FLAG && n.value() == null) throw missingFlagValue(p.name(), n.span());
                args[idx] = n.value() == null ? new ConstNode(Value.Bool.TRUE, n.span()) : t.expr(n.value(), s);
            } else if (a instanceof Argument.SpreadArg sp) {
                if (restIndex < 0) {
                    throw CompileError.of("nu::parser::unexpected_spread_arg", "Unexpected spread argument.", sp.span(),
                            "unexpected spread argument");
                }
                rest.add(t.expr(sp.value(), s));
                spread.add(true);
                spreadSeen = true;
            }
        }
        for (int i = 0; i < positional.size(); i++) {
            Param p = params.get(positional.get(i));
            if (p.kind() == Param.Kind.REQUIRED && args[positional.get(i)] == null && p.defaultValue() == null) {
                throw missingPositional(p.name(), c);
            }
        }
        boolean[] sp = new boolean[spread.size()];
        for (int i = 0; i < sp.length; i++) sp[i] = spread.get(i);
        List<VarInfo> targets = d.captures();
        ExprNode[] caps = new ExprNode[targets.size()];
        for (int i = 0; i < caps.length; i++) {
            VarInfo v = t.lookupTarget(targets.get(i), s, c.headSpan());
            if (v == null) caps[i] = new ConstNode(Value.NOTHING, c.headSpan());
            else {
                v.used = true;
                caps[i] = v.constValue != null ? new ConstNode(v.constValue, c.headSpan())
                        : v.isIn ? new dev.nuebpf.truffle.nodes.local.ReadInNode(v.slot, c.headSpan())
                        : new dev.nuebpf.truffle.nodes.local.ReadLocalNode(v.slot, c.headSpan());
            }
        }
        return new DefCallNode(d, c.headSpan(), caps, args, restIndex, rest.toArray(new ExprNode[0]), sp, c.span());
    }

    private static int flagIndex(List<Param> params, String name, Character shortName) {
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            if (p.kind() != Param.Kind.FLAG && p.kind() != Param.Kind.SWITCH) continue;
            if ((name != null && (p.name().equals(name) || p.name().replace('_', '-').equals(name))) || (shortName != null && shortName.equals(p.shortName()))) return i;
        }
        return -1;
    }

    // ---- errors -------------------------------------------------------------------------------

    private static dev.nuebpf.command.ShellException extraPositional(String cmd, Span span) {
        return CompileError.of("nu::parser::extra_positional", "Extra positional argument.", span,
                "extra positional argument", "Usage: " + cmd);
    }

    private static dev.nuebpf.command.ShellException missingPositional(String name, Expr.Call c) {
        Span end = Span.of(c.span().source(), c.span().end(), c.span().end());
        return CompileError.of("nu::parser::missing_positional", "Missing required positional argument.", end,
                "missing " + name, "Usage: " + c.name());
    }

    private static dev.nuebpf.command.ShellException unknownFlag(String cmd, Argument.Named n) {
        String f = n.name() != null ? n.name() : String.valueOf(n.shortName());
        return CompileError.of("nu::parser::unknown_flag", "The `" + cmd + "` command doesn't have flag `" + f + "`.",
                n.nameSpan() != null ? n.nameSpan() : n.span(), "unknown flag", "Use `--help` to see available flags");
    }

    private static dev.nuebpf.command.ShellException missingFlagValue(String name, Span span) {
        return CompileError.of("nu::parser::missing_flag_param", "Missing flag argument.", span, "flag missing " + name + " argument");
    }
}
