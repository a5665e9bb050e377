package dev.nuebpf.truffle.translate;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.Argument;
import dev.nuebpf.syntax.AssignOp;
import dev.nuebpf.syntax.BinOp;
import dev.nuebpf.syntax.Block;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.Param;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.Pipeline;
import dev.nuebpf.truffle.NuContext;
import dev.nuebpf.truffle.NuLanguage;
import dev.nuebpf.truffle.nodes.ExprNode;
import dev.nuebpf.truffle.nodes.call.CaptureNode;
import dev.nuebpf.truffle.nodes.call.ClosureNode;
import dev.nuebpf.truffle.nodes.call.FunctionRootNode;
import dev.nuebpf.truffle.nodes.call.ParamNode;
import dev.nuebpf.truffle.nodes.control.BlockNode;
import dev.nuebpf.truffle.nodes.control.IfNode;
import dev.nuebpf.truffle.nodes.control.JumpNodes;
import dev.nuebpf.truffle.nodes.control.LoopNodes;
import dev.nuebpf.truffle.nodes.control.MatchNode;
import dev.nuebpf.truffle.nodes.control.PatternNode;
import dev.nuebpf.truffle.nodes.control.TryNode;
import dev.nuebpf.truffle.nodes.expr.BinaryNode;
import dev.nuebpf.truffle.nodes.expr.CellPathNode;
import dev.nuebpf.truffle.nodes.expr.ConstNode;
import dev.nuebpf.truffle.nodes.expr.InterpolationNode;
import dev.nuebpf.truffle.nodes.expr.ListNode;
import dev.nuebpf.truffle.nodes.expr.LogicalNode;
import dev.nuebpf.truffle.nodes.expr.RangeNode;
import dev.nuebpf.truffle.nodes.expr.RecordNode;
import dev.nuebpf.truffle.nodes.expr.TableNode;
import dev.nuebpf.truffle.nodes.expr.UnaryNode;
import dev.nuebpf.truffle.nodes.local.AssignLocalNode;
import dev.nuebpf.truffle.nodes.local.AssignPathNode;
import dev.nuebpf.truffle.nodes.local.EnvNodes;
import dev.nuebpf.truffle.nodes.local.LetNode;
import dev.nuebpf.truffle.nodes.local.ReadInNode;
import dev.nuebpf.truffle.nodes.local.ReadLocalNode;
import dev.nuebpf.truffle.nodes.pipeline.InBindNode;
import dev.nuebpf.truffle.nodes.pipeline.PipelineNode;
import dev.nuebpf.truffle.nodes.pipeline.SubexprNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * AST → Truffle nodes. Lays out frames (one per def, closure and top-level chunk), resolves variables to
 * slots (closures capture by value), commands to defs or built-ins, and matches call arguments to
 * signatures. Errors nu reports while parsing (unknown variable, missing argument...) are thrown as
 * ShellException before anything runs.
 */
public final class Translator {
    final NuLanguage language;
    final NuContext context;
    final Calls calls;
    final Modules modules;

    public Translator(NuLanguage language, NuContext context) {
        this.language = language;
        this.context = context;
        this.calls = new Calls(this);
        this.modules = new Modules(this);
    }

    // ---- entry points -------------------------------------------------------------------------

    /** A top-level chunk (REPL line, script, snippet) whose top-level variables and defs persist in {@code session}. */
    public RootCallTarget translateTop(Block block, Session session, String name) {
        FunctionScope fn = new FunctionScope(null, null, false);
        Scope top = new Scope(null, fn, session.defs, session.aliases, session.modules);
        fn.top = top;
        top.vars.put("in", new VarInfo("in", fn.inSlot, false, null, fn, block.span(), true));
        List<ExprNode> prologue = new ArrayList<>();
        for (Map.Entry<String, Session.SavedVar> e : session.vars.entrySet()) {
            Session.SavedVar sv = e.getValue();
            if (sv.isConst()) {
                top.vars.put(e.getKey(), new VarInfo(e.getKey(), -1, false, sv.value(), fn, null, false));
            } else {
                int slot = fn.addSlot(e.getKey());
                top.vars.put(e.getKey(), new VarInfo(e.getKey(), slot, sv.mutable(), null, fn, null, false));
                prologue.add(new LoadNode(slot, sv.value()));
            }
        }
        BlockNode body = blockInline(block, top);
        FrameDescriptor fd = fn.fd.build();
        List<VarInfo> toSave = new ArrayList<>(top.vars.values());
        FunctionRootNode.Epilogue save = frame -> saveVars(frame, toSave, session);
        FunctionRootNode root = new FunctionRootNode(language, fd, name, block.span(), fn.inSlot,
                prologue.toArray(new ExprNode[0]), body, false, false, save);
        return root.getCallTarget();
    }

    private static void saveVars(VirtualFrame frame, List<VarInfo> vars, Session session) {
        for (VarInfo v : vars) {
            if (v.isIn) continue;
            if (v.constValue != null) {
                session.vars.put(v.name, new Session.SavedVar(v.constValue, false, true));
                continue;
            }
            Object val = frame.getObject(v.slot);
            if (val instanceof Value value) session.vars.put(v.name, new Session.SavedVar(value, v.mutable, false));
        }
    }

    /** Writes a saved REPL variable into its slot at the start of a chunk. */
    static final class LoadNode extends ExprNode {
        private final int slot;
        private final Value value;

        LoadNode(int slot, Value value) {
            super(null);
            this.slot = slot;
            this.value = value;
        }

        @Override public Value execute(VirtualFrame frame) {
            frame.setObject(slot, value);
            return Value.NOTHING;
        }
    }

    RootCallTarget translateDef(DefInfo d) {
        Scope defining = d.definingScope;
        FunctionScope fn = new FunctionScope(defining.fn, defining, true);
        Scope top = new Scope(defining, fn);
        fn.top = top;
        top.vars.put("in", new VarInfo("in", fn.inSlot, false, null, fn, d.def.span(), true));
        List<ExprNode> prologue = new ArrayList<>();
        List<VarInfo> caps = d.captures();
        for (int i = 0; i < caps.size(); i++) {
            VarInfo target = caps.get(i);
            int slot = fn.addSlot(target.name);
            VarInfo local = new VarInfo(target.name, slot, false, null, fn, d.def.span(), false);
            local.origin = target;
            top.vars.put(target.name, local);
            fn.byOrigin.put(target, local);
            prologue.add(new CaptureNode(i, slot, d.def.span()));
        }
        List<Param> params = d.params();
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            String var = p.name().replace('-', '_');
            int slot = fn.addSlot(var);
            Value dv = d.defaults == null ? null : d.defaults[i];
            ExprNode def = dv != null ? new ConstNode(dv, p.defaultValue().span())
                    : p.defaultValue() == null ? null : expr(p.defaultValue(), top);
            dev.nuebpf.syntax.TypeAnn type = p.type();
            if (type == null && dv != null && dv != Value.NOTHING) type = dev.nuebpf.syntax.TypeAnn.simple(dv.typeName(), p.span());
            prologue.add(new ParamNode(i, slot, p.kind(), false, type, def, p.span()));
            VarInfo pv = new VarInfo(var, slot, false, null, fn, p.span(), false);
            if (p.kind() == Param.Kind.SWITCH) pv.staticType = "bool";
            else if (p.kind() == Param.Kind.REQUIRED && p.type() != null && p.type().params().isEmpty()) pv.staticType = p.type().name();
            top.vars.put(var, pv);
        }
        BlockNode body = blockInline(d.def.body(), new Scope(top, fn));
        FunctionRootNode root = new FunctionRootNode(language, fn.fd.build(), d.def.name(), d.def.span(), fn.inSlot,
                prologue.toArray(new ExprNode[0]), body, true, d.def.env(), null);
        return root.getCallTarget();
    }

    // ---- blocks and pipelines -----------------------------------------------------------------

    BlockNode block(Block b, Scope parent) {
        return blockInline(b, new Scope(parent, parent.fn));
    }

    /** Translates a block's pipelines in the given scope (defs hoisted first, as nu does). */
    BlockNode blockInline(Block b, Scope s) {
        hoistDefs(b, s);
        PipelineNode[] ps = new PipelineNode[b.pipelines().size()];
        for (int i = 0; i < ps.length; i++) ps[i] = pipeline(b.pipelines().get(i), s);
        return new BlockNode(ps, b.span());
    }

    void hoistDefs(Block b, Scope s) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Pipeline p : b.pipelines()) {
            for (Pipeline.Element el : p.elements()) {
                if (el.expr() instanceof Expr.Def d) {
                    if (!seen.add(d.name())) {
                        throw CompileError.of("nu::parser::duplicate_command_def", "Duplicate command definition within a block.",
                                d.nameSpan(), "defined more than once");
                    }
                    s.defs.put(d.name(), newDef(d, s));
                }
            }
        }
    }

    /** Registers a def: its parameter defaults must be constants of the declared (or inferred) type, as in nu. */
    DefInfo newDef(Expr.Def d, Scope s) {
        DefInfo info = new DefInfo(d, s, this);
        OutputCheck.literalResult(info);
        List<Param> params = info.params();
        for (Param p : params) {
            TypeCheck.validate(p.type());
            if (p.kind() == Param.Kind.FLAG && p.type() != null && p.type().name().equals("bool")) {
                throw CompileError.of("nu::parser::error", "Type annotations are not allowed for boolean switches.", p.type().span(),
                        "Remove the `: bool` type annotation.");
            }
        }
        if (d.signature() != null) {
            for (dev.nuebpf.syntax.CommandSig.IoType io : d.signature().ioTypes()) {
                TypeCheck.validate(io.input());
                TypeCheck.validate(io.output());
            }
        }
        info.defaults = new Value[params.size()];
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            if (p.defaultValue() == null) continue;
            if (!Consts.isConstant(p.defaultValue())) {
                throw CompileError.of("nu::parser::not_a_constant", "Not a constant.", p.defaultValue().span(),
                        "Value is not a parse-time constant", "Only a subset of expressions are allowed constants during parsing. Try using the 'const' command or typing the value literally.");
            }
            Value v;
            try {
                v = evalConst(p.defaultValue(), s);
            } catch (ShellException ex) {
                // may name a const declared later in this block (defs are hoisted): retried at the def itself
                if (ex.diagnostic().code().equals("nu::parser::not_a_constant") || ex.diagnostic().code().equals("nu::parser::variable_not_found")) {
                    info.defaults = null;
                    return info;
                }
                throw ex;
            }
            if (p.type() != null) {
                if (v instanceof Value.Int n && p.type().name().equals("float")) v = Value.of((double) n.value());
                if (v != Value.NOTHING && !dev.nuebpf.runtime.Types.matches(v, dev.nuebpf.syntax.TypeAnn.simple(p.type().name(), p.type().span()))) {
                    throw CompileError.of("nu::parser::type_mismatch", "Type mismatch.", p.defaultValue().span(),
                            "expected default value to be `" + p.type() + "`");
                }
            }
            info.defaults[i] = v;
        }
        return info;
    }

    PipelineNode pipeline(Pipeline p, Scope s) {
        List<Pipeline.Element> els = p.elements();
        ExprNode[] stages = new ExprNode[els.size()];
        for (int i = 0; i < els.size(); i++) {
            Pipeline.Element el = els.get(i);
            boolean nextIsComplete = i + 1 < els.size() && els.get(i + 1).expr() instanceof Expr.Call c && c.name().equals("complete");
            if (i == 0) {
                stages[i] = stage(el, s, nextIsComplete);
            } else {
                Scope stageScope = new Scope(s, s.fn);
                int slot = s.fn.addSlot("$in");
                VarInfo in = new VarInfo("in", slot, false, null, s.fn, el.span(), true);
                stageScope.vars.put("in", in);
                ExprNode node = stage(el, stageScope, nextIsComplete);
                if (node instanceof LetNode ln) ln.passThrough();
                if (node instanceof dev.nuebpf.truffle.nodes.call.BuiltinCallNode bc) {
                    bc.setInputSpan(els.get(i - 1).expr().span());
                    InputTypes.checkLiteralInput(els.get(i - 1).expr(), bc.command(), bc.head());
                }
                // variables declared by a stage (rare) stay visible to later pipelines
                for (Map.Entry<String, VarInfo> e : stageScope.vars.entrySet()) if (!e.getKey().equals("in")) s.vars.put(e.getKey(), e.getValue());
                stages[i] = in.used ? new InBindNode(slot, node, el.span()) : node;
            }
        }
        return new PipelineNode(stages, p.span());
    }

    private ExprNode stage(Pipeline.Element el, Scope s, boolean captureStderr) {
        Expr e = el.expr();
        ExprNode node;
        if (e instanceof Expr.Call c) node = calls.call(c, s, captureStderr);
        else if (e instanceof Expr.ExternalCall x) node = calls.external(x, s, captureStderr);
        else node = expr(e, s);
        if (el.redirect() != null) node = calls.redirect(node, el.redirect(), s);
        return node;
    }

    // ---- expressions --------------------------------------------------------------------------

    ExprNode expr(Expr e, Scope s) {
        if (e instanceof Expr.IntLit x) return new ConstNode(Value.of(x.value()), x.span());
        if (e instanceof Expr.FloatLit x) return new ConstNode(Value.of(x.value()), x.span());
        if (e instanceof Expr.BoolLit x) return new ConstNode(Value.of(x.value()), x.span());
        if (e instanceof Expr.NothingLit x) return new ConstNode(Value.NOTHING, x.span());
        if (e instanceof Expr.StringLit x) {
            if (x.bare() && INF_RANGE.matcher(x.value()).matches() && x.value().matches(".*([0-9]|inf).*")) return infRange(x);
            if (x.bare() && x.value().startsWith("$.") && x.value().length() > 2) return cellPathWord(x);
            return new ConstNode(Value.of(x.value()), x.span());
        }
        if (e instanceof Expr.DurationLit x) return new ConstNode(new Value.Duration(x.nanos()), x.span());
        if (e instanceof Expr.FilesizeLit x) return new ConstNode(new Value.Filesize(x.bytes()), x.span());
        if (e instanceof Expr.DateLit x) return new ConstNode(Literals.date(x), x.span());
        if (e instanceof Expr.BinaryLit x) return new ConstNode(new Value.Binary(x.bytes()), x.span());
        if (e instanceof Expr.CellPathLit x) return new ConstNode(new Value.CellPathV(x.members()), x.span());
        if (e instanceof Expr.Interpolation x) return new InterpolationNode(exprs(x.parts(), s), x.span());
        if (e instanceof Expr.ListLit x) return list(x.items(), s, x.span());
        if (e instanceof Expr.RecordLit x) return record(x, s);
        if (e instanceof Expr.TableLit x) return table(x, s);
        if (e instanceof Expr.RangeLit x && x.from() == null && x.next() == null && x.to() == null) {
            return new ConstNode(Value.of(x.span().text()), x.span());  // a lone `..` is a word (path join ..)
        }
        if (e instanceof Expr.RangeLit x) {
            return new RangeNode(opt(x.from(), s), opt(x.next(), s), rangeBound(x.to(), s), x.inclusive(), x.span());
        }
        if (e instanceof Expr.Spread x) {
            throw CompileError.of("nu::parser::unexpected_spread_operator", "Unexpected spread operator.", x.span(),
                    "spread operator not allowed here");
        }
        if (e instanceof Expr.VarRef x) return varRef(x, s);
        if (e instanceof Expr.CellPathAccess x) return cellPath(x, s);
        if (e instanceof Expr.Subexpr x) return new SubexprNode(block(x.block(), s), x.span());
        if (e instanceof Expr.Binary x) return binary(x, s);
        if (e instanceof Expr.Unary x) return new UnaryNode(x.op() == dev.nuebpf.syntax.UnOp.NOT, expr(x.operand(), s), x.span());
        if (e instanceof Expr.Closure x) return closure(x, s, false);
        if (e instanceof Expr.BlockExpr x) return closure(new Expr.Closure(List.of(), x.block(), x.span()), s, false);
        if (e instanceof Expr.RowCondition x) return rowCondition(x, s);
        if (e instanceof Expr.Call x) return calls.call(x, s, false);
        if (e instanceof Expr.ExternalCall x) return calls.external(x, s, false);
        if (e instanceof Expr.Let x) return let(x, s);
        if (e instanceof Expr.Assign x) return assign(x, s);
        if (e instanceof Expr.Def x) {
            DefInfo known = s.defs.get(x.name());
            if (known == null || known.def != x || known.defaults == null) s.defs.put(x.name(), newDef(x, s));
            return new ConstNode(Value.NOTHING, x.span());
        }
        if (e instanceof Expr.Alias x) {
            s.aliases.put(x.name(), x.target());
            return new ConstNode(Value.NOTHING, x.span());
        }
        if (e instanceof Expr.If x) {
            ExprNode otherwise = x.otherwise() == null ? null
                    : x.otherwise() instanceof Expr.BlockExpr b ? block(b.block(), s) : expr(x.otherwise(), s);
            return new IfNode(expr(x.condition(), s), block(x.then(), s), otherwise, x.span());
        }
        if (e instanceof Expr.Match x) return match(x, s);
        if (e instanceof Expr.For x) return forLoop(x, s);
        if (e instanceof Expr.While x) return new LoopNodes.WhileNode(expr(x.condition(), s), block(x.body(), s), x.span());
        if (e instanceof Expr.Loop x) return new LoopNodes.WhileNode(null, block(x.body(), s), x.span());
        if (e instanceof Expr.Break x) return new JumpNodes.BreakNode(x.span());
        if (e instanceof Expr.Continue x) return new JumpNodes.ContinueNode(x.span());
        if (e instanceof Expr.Return x) {
            Expr v = x.value();
            if (v instanceof Expr.ExternalCall ec && ec.args().isEmpty() && ec.head() instanceof Expr.StringLit h && h.bare()
                    && s.findDef(h.value()) == null && builtin(h.value()) == null && !h.span().text().startsWith("^")) {
                v = h;  // `return word`: a bare word is a string there
            }
            return new JumpNodes.ReturnNode(opt(v, s), x.span());
        }
        if (e instanceof Expr.Try x) {
            ExprNode handler = x.handler() == null ? null : expr(x.handler(), s);
            if (x.finallyClosure() != null) return new TryNode(block(x.body(), s), handler, null, expr(x.finallyClosure(), s), x.span());
            return new TryNode(block(x.body(), s), handler, x.finallyBody() == null ? null : block(x.finallyBody(), s), x.span());
        }
        if (e instanceof Expr.Module x) return modules.module(x, s);
        if (e instanceof Expr.Use x) return modules.use(x, s);
        if (e instanceof Expr.SourceFile x) return modules.source(x, s);
        if (e instanceof Expr.Ignored x) return ignored(x, s);
        if (e instanceof Expr.Garbage x) {
            throw CompileError.of("nu::parser::parse_error", "Parse error.", x.span(), "could not parse this");
        }
        throw CompileError.of("nu::shell::error", "Unsupported syntax", e.span(), "not supported yet");
    }

    private static final String NUM = "(-?(?:[0-9][0-9_]*(?:\\.[0-9]+)?|inf))";
    /** from..end, from..next..end, with ..< and open ends; numbers, or inf. */
    private static final java.util.regex.Pattern INF_RANGE = java.util.regex.Pattern.compile(
            NUM + "?\\.\\.(<)?" + NUM + "?(?:\\.\\.(<)?" + NUM + "?)?");

    /** A range the parser left as a word ({@code 1..inf}, {@code 1..3..}). */
    private ExprNode infRange(Expr.StringLit x) {
        java.util.regex.Matcher m = INF_RANGE.matcher(x.value());
        m.matches();
        boolean stepped = x.value().indexOf("..") != x.value().lastIndexOf("..");
        Value from = num(m.group(1));
        Value second = num(m.group(3));
        Value third = num(m.group(5));
        if (stepped) {
            return new RangeNode(new ConstNode(from == null ? Value.of(0) : from, x.span()),
                    second == null ? null : new ConstNode(second, x.span()),
                    third == null ? null : new ConstNode(third, x.span()), m.group(4) == null, x.span());
        }
        return new RangeNode(new ConstNode(from == null ? Value.of(0) : from, x.span()), null,
                second == null ? null : new ConstNode(second, x.span()), m.group(2) == null, x.span());
    }

    private static Value num(String s) {
        if (s == null) return null;
        if (s.endsWith("inf")) return Value.of(s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        String t = s.replace("_", "");
        return t.contains(".") ? Value.of(Double.parseDouble(t)) : Value.of(Long.parseLong(t));
    }

    /** {@code $.a.0?}: a cell-path literal the parser left as a word. */
    private static ExprNode cellPathWord(Expr.StringLit x) {
        List<PathMember> members = new ArrayList<>();
        for (String part : x.value().substring(2).split("\\.")) {
            boolean optional = part.endsWith("?");
            String p = optional ? part.substring(0, part.length() - 1) : part;
            if (p.matches("[0-9]+")) members.add(PathMember.index(Long.parseLong(p), optional, x.span()));
            else members.add(PathMember.column(p.replaceAll("^[\"']|[\"']$", ""), optional, x.span()));
        }
        return new ConstNode(new Value.CellPathV(members), x.span());
    }

    /** A range end; the word {@code inf} is float infinity there ({@code 1..inf}). */
    private ExprNode rangeBound(Expr e, Scope s) {
        if (e instanceof Expr.StringLit sl && sl.bare() && (sl.value().equals("inf") || sl.value().equals("-inf"))) {
            return new ConstNode(Value.of(sl.value().startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY), e.span());
        }
        return opt(e, s);
    }

    /** Statements the parser keeps only as text: {@code hide-env NAME...} still has to run. */
    private ExprNode ignored(Expr.Ignored x, Scope s) {
        if (x.keyword().endsWith("extern")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("extern\\s+(\"[^\"]*\"|'[^']*'|[^\\s\\[]+)").matcher(x.span().text());
            if (m.find()) s.externs.add(m.group(1).replaceAll("^[\"']|[\"']$", ""));
            return new ConstNode(Value.NOTHING, x.span());
        }
        if (x.keyword().equals("hide-env") || x.keyword().equals("hide")) {
            String[] words = x.span().text().trim().split("\\s+");
            List<dev.nuebpf.syntax.Argument> args = new ArrayList<>();
            boolean env = x.keyword().equals("hide-env");
            for (int i = 1; i < words.length; i++) {
                String w = words[i].replaceAll("^['\"`]|['\"`]$", "");
                if (w.equals("-i") || w.equals("--ignore-errors")) {
                    args.add(new dev.nuebpf.syntax.Argument.Named("ignore-errors", 'i', null, x.span(), x.span()));
                } else if (env) {
                    args.add(new dev.nuebpf.syntax.Argument.Positional(new Expr.StringLit(w, true, x.span()), x.span()));
                } else {
                    s.defs.remove(w);
                    s.aliases.remove(w);
                }
            }
            if (env && builtin("hide-env") != null) return calls.call(new Expr.Call("hide-env", args, x.span(), x.span()), s, false);
        }
        return new ConstNode(Value.NOTHING, x.span());
    }

    ExprNode opt(Expr e, Scope s) { return e == null ? null : expr(e, s); }

    ExprNode[] exprs(List<Expr> es, Scope s) {
        ExprNode[] out = new ExprNode[es.size()];
        for (int i = 0; i < out.length; i++) out[i] = expr(es.get(i), s);
        return out;
    }

    private ExprNode list(List<Expr> items, Scope s, Span span) {
        ExprNode[] nodes = new ExprNode[items.size()];
        boolean[] spread = new boolean[items.size()];
        for (int i = 0; i < nodes.length; i++) {
            Expr item = items.get(i);
            if (item instanceof Expr.Spread sp) {
                spread[i] = true;
                nodes[i] = expr(sp.value(), s);
            } else nodes[i] = expr(item, s);
        }
        return new ListNode(nodes, spread, span);
    }

    private ExprNode record(Expr.RecordLit r, Scope s) {
        int n = r.entries().size();
        ExprNode[] keys = new ExprNode[n], values = new ExprNode[n];
        for (int i = 0; i < n; i++) {
            Expr.RecordEntry en = r.entries().get(i);
            if (en.spread()) {
                values[i] = expr(en.value() instanceof Expr.Spread sp ? sp.value() : en.value(), s);
            } else {
                Expr key = en.key();
                // `{ $name: v }`: a variable as key (the parser may leave it as a word)
                if (key instanceof Expr.StringLit sl && sl.bare() && sl.value().matches("\\$[A-Za-z_][A-Za-z0-9_]*")) {
                    key = new Expr.VarRef(sl.value().substring(1), sl.span());
                }
                keys[i] = expr(key, s);
                values[i] = expr(en.value(), s);
            }
        }
        return new RecordNode(keys, values, r.span());
    }

    private ExprNode table(Expr.TableLit t, Scope s) {
        ExprNode[] headers = exprs(t.headers(), s);
        ListNode[] rows = new ListNode[t.rows().size()];
        for (int i = 0; i < rows.length; i++) {
            List<Expr> row = t.rows().get(i);
            Span rs = row.isEmpty() ? t.span() : row.get(0).span().merge(row.get(row.size() - 1).span());
            rows[i] = (ListNode) list(row, s, rs);
        }
        return new TableNode(headers, rows, t.span());
    }

    // ---- variables ----------------------------------------------------------------------------

    VarInfo lookup(String name, Scope s, Span use) {
        FunctionScope fn = s.fn;
        for (Scope c = s; c != null && c.fn == fn; c = c.parent) {
            VarInfo v = c.vars.get(name);
            if (v != null) return v;
        }
        if (name.equals("in") || name.equals("it") || fn.parent == null && fn.definingScope == null) return null;
        if (fn.definingScope == null) return null;
        VarInfo outer = lookup(name, fn.definingScope, use);
        if (outer == null) return null;
        if (outer.constValue != null) return outer;
        if (fn.isDef) return null;
        if (outer.mutable) {
            throw CompileError.of("nu::parser::expected_keyword", "Capture of mutable variable.", use, "capture of mutable variable");
        }
        VarInfo existing = fn.byOrigin.get(outer.origin);
        if (existing != null) return existing;
        int slot = fn.addSlot(name);
        VarInfo local = new VarInfo(name, slot, false, null, fn, outer.span, false);
        local.origin = outer.origin;
        fn.captures.add(new FunctionScope.Capture(outer, slot, name));
        fn.byOrigin.put(outer.origin, local);
        fn.top.vars.put(name, local);
        return local;
    }

    /** The slot holding a given variable (by identity) as seen from scope {@code s}, capturing through closures. */
    VarInfo lookupTarget(VarInfo target, Scope s, Span use) {
        FunctionScope fn = s.fn;
        if (target.owner == fn) return target;
        VarInfo local = fn.byOrigin.get(target);
        if (local != null) return local;
        if (fn.isDef || fn.definingScope == null) return null;
        VarInfo outer = lookupTarget(target, fn.definingScope, use);
        if (outer == null) return null;
        if (outer.mutable) {
            throw CompileError.of("nu::parser::expected_keyword", "Capture of mutable variable.", use, "capture of mutable variable");
        }
        int slot = fn.addSlot(target.name);
        VarInfo l = new VarInfo(target.name, slot, false, null, fn, outer.span, false);
        l.origin = target;
        fn.captures.add(new FunctionScope.Capture(outer, slot, target.name));
        fn.byOrigin.put(target, l);
        return l;
    }

    /** The variable a name denotes at a scope, without creating captures (used to decide def captures). */
    VarInfo visibleVar(String name, Scope s) {
        for (Scope c = s; c != null; c = c.parent) {
            VarInfo v = c.vars.get(name);
            if (v != null) return v;
            if (c.parent != null && c.parent.fn != c.fn && c.fn.isDef) {
                // only a def's own captures are visible through its boundary
                for (Scope t = c.parent; t != null; t = t.parent) {
                    VarInfo w = t.vars.get(name);
                    if (w != null) return w.constValue != null ? w : null;
                }
                return null;
            }
        }
        return null;
    }

    private ExprNode varRef(Expr.VarRef x, Scope s) {
        String name = x.name();
        if (name.equals("env")) return new EnvNodes.Whole(x.span());
        if (name.equals("nu")) return new NuVarNode(x.span());
        VarInfo v = lookup(name, s, x.span());
        if (v == null && name.equals("it")) v = lookup("in", s, x.span());
        if (v == null) {
            throw CompileError.of("nu::parser::variable_not_found", "Variable not found.", x.span(), "variable not found");
        }
        v.used = true;
        if (v.constValue != null) {
            for (FunctionScope f = s.fn; f != null; f = f.parent) f.constRefs.putIfAbsent(name, v.constValue);
            return new ConstNode(v.constValue, x.span());
        }
        if (v.isIn) return new ReadInNode(v.slot, x.span());
        return new ReadLocalNode(v.slot, x.span());
    }

    private ExprNode cellPath(Expr.CellPathAccess x, Scope s) {
        if (x.base() instanceof Expr.VarRef v && v.name().equals("env") && !x.members().isEmpty() && !x.members().get(0).isIndex()) {
            List<PathMember> m = x.members();
            return new EnvNodes.Get(m.get(0), m.subList(1, m.size()), x.span());
        }
        return new CellPathNode(expr(x.base(), s), x.members(), x.span());
    }

    private ExprNode let(Expr.Let x, Scope s) {
        if (x.kind() == Expr.LetKind.CONST) {
            Value v = evalConst(x.value(), s);
            if (x.type() != null && !dev.nuebpf.runtime.Types.matches(v, x.type())) {
                throw CompileError.of("nu::parser::type_mismatch", "Type mismatch.", x.value().span(),
                        "expected " + x.type() + ", found " + dev.nuebpf.runtime.Types.of(v));
            }
            s.vars.put(x.name(), new VarInfo(x.name(), -1, false, v, s.fn, x.nameSpan(), false));
            return new ConstNode(Value.NOTHING, x.span());
        }
        TypeCheck.validate(x.type());
        ExprNode value = expr(x.value(), s);
        checkLetType(x, s);
        int slot = s.fn.addSlot(x.name());
        s.vars.put(x.name(), new VarInfo(x.name(), slot, x.kind() == Expr.LetKind.MUT, null, s.fn, x.nameSpan(), false));
        return new LetNode(slot, value, x.type(), x.span());
    }

    private static final java.util.Set<String> CHECKED = java.util.Set.of("int", "float", "string", "bool", "duration",
            "filesize", "datetime", "binary", "closure", "range", "record", "list", "table", "nothing", "number");

    /** nu's parse-time check of {@code let x: T = $v} when $v's type is known (a def's switch or typed parameter). */
    private void checkLetType(Expr.Let x, Scope s) {
        if (x.type() == null || !x.type().params().isEmpty() || !(x.value() instanceof Expr.VarRef ref)) return;
        VarInfo v = lookup(ref.name(), s, ref.span());
        String have = v == null ? null : v.origin.staticType != null ? v.origin.staticType : v.staticType;
        String want = x.type().name();
        if (have == null || !CHECKED.contains(have) || !CHECKED.contains(want) || have.equals(want)) return;
        if (want.equals("number") && (have.equals("int") || have.equals("float"))) return;
        if (want.equals("list") && have.equals("table")) return;
        throw CompileError.of("nu::parser::type_mismatch", "Type mismatch.", x.value().span(), "expected " + want + ", found " + have);
    }

    /** Evaluates a const initializer now, in a throwaway frame that sees only consts and commands. */
    Value evalConst(Expr e, Scope s) {
        FunctionScope fn = new FunctionScope(s.fn, s, true);
        Scope top = new Scope(s, fn);
        fn.top = top;
        top.vars.put("in", new VarInfo("in", fn.inSlot, false, null, fn, e.span(), true));
        ExprNode node;
        try {
            node = expr(e, top);
        } catch (ShellException ex) {
            if (ex.diagnostic().code().equals("nu::parser::variable_not_found")) {
                throw CompileError.of("nu::parser::not_a_constant", "Not a constant.", e.span(),
                        "Value is not a parse-time constant", "Only a subset of expressions are allowed constants during parsing. Try using the 'const' command or typing the value literally.");
            }
            throw ex;
        }
        BlockNode body = new BlockNode(new PipelineNode[] {new PipelineNode(new ExprNode[] {node}, e.span())}, e.span());
        FunctionRootNode root = new FunctionRootNode(language, fn.fd.build(), "const", e.span(), fn.inSlot,
                new ExprNode[0], body, false, false, null);
        Object r = root.getCallTarget().call(PipelineData.EMPTY, null, null, null);
        return BlockNode.collect((PipelineData) r);
    }

    private ExprNode assign(Expr.Assign x, Scope s) {
        Expr target = x.target();
        ExprNode value = expr(x.value(), s);
        BinaryNode op = compound(x.op(), target.span(), x.value().span(), x.span());
        if (target instanceof Expr.VarRef v) {
            if (v.name().equals("env")) {
                throw CompileError.of("nu::shell::error", "Cannot replace environment.", v.span(), "use $env.NAME = ... or load-env");
            }
            VarInfo info = mutableVar(v, s);
            return new AssignLocalNode(info.slot, value, op, x.span());
        }
        if (target instanceof Expr.CellPathAccess c && c.base() instanceof Expr.VarRef v) {
            List<PathMember> m = c.members();
            if (v.name().equals("env")) {
                if (m.isEmpty()) throw CompileError.of("nu::shell::error", "Cannot replace environment.", v.span(), "use $env.NAME = ...");
                String name = m.get(0).isIndex() ? Long.toString(m.get(0).index()) : m.get(0).name();
                return new EnvNodes.Assign(name, m.subList(1, m.size()), value, op, x.span());
            }
            VarInfo info = mutableVar(v, s);
            return new AssignPathNode(info.slot, m, value, op, x.span());
        }
        throw CompileError.of("nu::parser::assignment_requires_variable_lhs", "Assignment operations require a variable.",
                target.span(), "needs to be a variable");
    }

    private VarInfo mutableVar(Expr.VarRef v, Scope s) {
        VarInfo info = lookup(v.name(), s, v.span());
        if (info == null) throw CompileError.of("nu::parser::variable_not_found", "Variable not found.", v.span(), "variable not found");
        if (!info.mutable) {
            throw CompileError.of("nu::parser::assignment_requires_mutable_variable", "Assignment to an immutable variable.",
                    v.span(), "needs to be a mutable variable");
        }
        info.used = true;
        return info;
    }

    private BinaryNode compound(AssignOp op, Span ts, Span vs, Span span) {
        BinOp b = switch (op) {
            case ASSIGN -> null;
            case ADD -> BinOp.ADD;
            case SUB -> BinOp.SUB;
            case MUL -> BinOp.MUL;
            case DIV -> BinOp.DIV;
            case CONCAT -> BinOp.CONCAT;
            default -> throw CompileError.of("nu::parser::parse_error", "Unsupported assignment operator", span, op.symbol);
        };
        if (b == null) return null;
        return new BinaryNode(b, new ConstNode(Value.NOTHING, ts), new ConstNode(Value.NOTHING, vs), span, span);
    }

    // ---- operators ----------------------------------------------------------------------------

    private ExprNode binary(Expr.Binary x, Scope s) {
        ExprNode l = expr(x.left(), s);
        ExprNode r = expr(x.right(), s);
        if (x.op() == BinOp.AND) return new LogicalNode(true, l, r, x.opSpan(), x.span());
        if (x.op() == BinOp.OR) return new LogicalNode(false, l, r, x.opSpan(), x.span());
        return new BinaryNode(x.op(), l, r, x.opSpan(), x.span());
    }

    // ---- closures -----------------------------------------------------------------------------

    ClosureNode closure(Expr.Closure c, Scope s, boolean rowCondition) {
        FunctionScope fn = new FunctionScope(s.fn, s, false);
        Scope top = new Scope(s, fn);
        fn.top = top;
        top.vars.put("in", new VarInfo("in", fn.inSlot, false, null, fn, c.span(), true));
        if (rowCondition) top.vars.put("it", new VarInfo("it", fn.inSlot, false, null, fn, c.span(), true));
        List<ExprNode> params = new ArrayList<>();
        for (int i = 0; i < c.params().size(); i++) {
            Param p = c.params().get(i);
            String var = p.name().replace('-', '_');
            int slot = fn.addSlot(var);
            ExprNode def = p.defaultValue() == null ? null : expr(p.defaultValue(), top);
            params.add(new ParamNode(i, slot, p.kind(), true, p.type(), def, p.span()));
            top.vars.put(var, new VarInfo(var, slot, false, null, fn, p.span(), false));
        }
        BlockNode body = blockInline(c.body(), new Scope(top, fn));
        List<ExprNode> prologue = new ArrayList<>();
        int[] outerSlots = new int[fn.captures.size()];
        String[] names = new String[fn.captures.size()];
        for (int i = 0; i < fn.captures.size(); i++) {
            FunctionScope.Capture cap = fn.captures.get(i);
            prologue.add(new CaptureNode(i, cap.innerSlot(), c.span()));
            outerSlots[i] = cap.outer().slot;
            names[i] = cap.name();
            cap.outer().used = true;
        }
        prologue.addAll(params);
        FunctionRootNode root = new FunctionRootNode(language, fn.fd.build(), "closure", c.span(), fn.inSlot,
                prologue.toArray(new ExprNode[0]), body, true, false, null);
        return new ClosureNode(root.getCallTarget(), outerSlots, names, c, c.span(), fn.constRefs);
    }

    private ExprNode rowCondition(Expr.RowCondition x, Scope s) {
        Expr cond = x.condition();
        if (cond instanceof Expr.IntLit || cond instanceof Expr.FloatLit || cond instanceof Expr.DurationLit
                || cond instanceof Expr.FilesizeLit || cond instanceof Expr.ListLit || cond instanceof Expr.RecordLit) {
            throw CompileError.of("nu::parser::type_mismatch", "Type mismatch.", cond.span(), "expected bool");
        }
        // `where $cond` with a closure in a variable, or an explicit closure: use it as is
        if (cond instanceof Expr.VarRef || cond instanceof Expr.Closure) return expr(cond, s);
        cond = columnsOnLeft(cond);
        Block body = new Block(List.of(new Pipeline(List.of(new Pipeline.Element(cond, null, cond.span())), cond.span())), cond.span());
        return closure(new Expr.Closure(List.of(), body, x.span()), s, true);
    }

    /**
     * In a row condition the left operand of an operator, when a string literal, names a column of the row
     * ({@code where name == "x"}, {@code all 'b' == 'a' ** 2}); so does a condition that is just a word or cell path.
     */
    private static Expr columnsOnLeft(Expr e) {
        if (e instanceof Expr.CellPathLit cp) return new Expr.CellPathAccess(new Expr.VarRef("it", cp.span()), cp.members(), cp.span());
        if (e instanceof Expr.StringLit sl) {
            return new Expr.CellPathAccess(new Expr.VarRef("it", sl.span()), List.of(PathMember.column(sl.value(), false, sl.span())), sl.span());
        }
        if (e instanceof Expr.Binary b) {
            Expr l = columnsOnLeft(b.left());
            Expr r = b.right() instanceof Expr.Binary || b.op() == BinOp.AND || b.op() == BinOp.OR || b.op() == BinOp.XOR
                    ? columnsOnLeft(b.right()) : b.right();
            return new Expr.Binary(b.op(), l, r, b.opSpan(), b.span());
        }
        if (e instanceof Expr.Unary u && u.op() == dev.nuebpf.syntax.UnOp.NOT) return new Expr.Unary(u.op(), columnsOnLeft(u.operand()), u.span());
        return e;
    }

    // ---- control flow -------------------------------------------------------------------------

    private ExprNode forLoop(Expr.For x, Scope s) {
        // `for i in $xs $body` parses (nu-check accepts it) but nu refuses to compile a non-block body
        var ps = x.body().pipelines();
        if (ps.size() == 1 && ps.get(0).elements().size() == 1 && ps.get(0).elements().get(0).expr().span().equals(x.body().span())
                && !(ps.get(0).elements().get(0).expr() instanceof Expr.BlockExpr)) {
            throw CompileError.of("nu::compile::invalid_keyword_call", "Encountered invalid `for` keyword call.",
                    new dev.nuebpf.diag.Span(x.span().source(), x.span().start(), x.span().start() + 3), "this call is not properly formed");
        }
        Scope inner = new Scope(s, s.fn);
        int varSlot = s.fn.addSlot(x.var());
        inner.vars.put(x.var(), new VarInfo(x.var(), varSlot, false, null, s.fn, x.span(), false));
        ExprNode iterable = expr(x.iterable(), s);
        BlockNode body = block(x.body(), inner);
        return new LoopNodes.ForNode(varSlot, s.fn.addLongSlot("$for_i"), s.fn.addLongSlot("$for_end"),
                s.fn.addLongSlot("$for_step"), s.fn.addSlot("$for_iter"), iterable, body, x.span());
    }

    private ExprNode match(Expr.Match x, Scope s) {
        int n = x.arms().size();
        PatternNode[] pats = new PatternNode[n];
        ExprNode[] guards = new ExprNode[n];
        ExprNode[] bodies = new ExprNode[n];
        for (int i = 0; i < n; i++) {
            Expr.MatchArm arm = x.arms().get(i);
            Scope armScope = new Scope(s, s.fn);
            pats[i] = Patterns.translate(this, arm.pattern(), armScope);
            guards[i] = arm.guard() == null ? null : expr(arm.guard(), armScope);
            bodies[i] = arm.body() instanceof Expr.BlockExpr b ? block(b.block(), armScope) : expr(arm.body(), armScope);
        }
        return new MatchNode(expr(x.subject(), s), pats, guards, bodies, x.span());
    }

    /** Resolves a command name visible in a scope: def, then built-in. */
    Command builtin(String name) { return context.registry().get(name); }
}
