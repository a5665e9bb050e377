package dev.nuebpf.truffle.translate;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Source;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.Block;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.ParseResult;
import dev.nuebpf.syntax.Parser;
import dev.nuebpf.syntax.Pipeline;
import dev.nuebpf.truffle.nodes.ExprNode;
import dev.nuebpf.truffle.nodes.expr.ConstNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** {@code module}, {@code use} and {@code source}: resolved while translating, as nu does at parse time. */
final class Modules {
    private final Translator t;

    Modules(Translator t) { this.t = t; }

    ExprNode module(Expr.Module m, Scope s) {
        s.modules.put(m.name(), build(m.name(), m.body(), s));
        return new ConstNode(Value.NOTHING, m.span());
    }

    /** Builds a module from its body: exported defs, aliases, consts and submodules. */
    ModuleInfo build(String name, Block body, Scope s) {
        ModuleInfo info = new ModuleInfo(name);
        Scope ms = new Scope(s, s.fn);
        t.hoistDefs(body, ms);
        for (Pipeline p : body.pipelines()) {
            for (Pipeline.Element el : p.elements()) {
                Expr e = el.expr();
                if (e instanceof Expr.Def d) {
                    if (d.exported()) info.defs.put(d.name(), ms.defs.get(d.name()));
                } else if (e instanceof Expr.Alias a) {
                    ms.aliases.put(a.name(), a.target());
                    if (a.exported()) info.aliases.put(a.name(), a.target());
                } else if (e instanceof Expr.Let l && l.kind() == Expr.LetKind.CONST) {
                    Value v = t.evalConst(l.value(), ms);
                    ms.vars.put(l.name(), new VarInfo(l.name(), -1, false, v, ms.fn, l.nameSpan(), false));
                    info.consts.put(l.name(), v);
                } else if (e instanceof Expr.Module sub) {
                    ModuleInfo mi = build(sub.name(), sub.body(), ms);
                    ms.modules.put(sub.name(), mi);
                    if (sub.exported()) info.submodules.put(sub.name(), mi);
                } else if (e instanceof Expr.Use u) {
                    use(u, ms);
                    if (u.exported()) {
                        ModuleInfo used = resolve(u, ms);
                        if (used != null) importInto(info, used, u);
                    }
                }
            }
        }
        return info;
    }

    private void importInto(ModuleInfo target, ModuleInfo used, Expr.Use u) {
        if (u.members().isEmpty()) {
            target.submodules.put(used.name, used);
            return;
        }
        for (Map.Entry<String, DefInfo> e : used.defs.entrySet()) target.defs.put(e.getKey(), e.getValue());
        target.aliases.putAll(used.aliases);
    }

    ExprNode use(Expr.Use u, Scope s) {
        ModuleInfo m = resolve(u, s);
        if (m == null) return new ConstNode(Value.NOTHING, u.span());
        if (u.members().isEmpty()) {
            importAll(m, m.name + " ", s);
            if (!m.consts.isEmpty()) {
                dev.nuebpf.runtime.Record.Builder rb = dev.nuebpf.runtime.Record.builder();
                m.consts.forEach(rb::put);
                s.vars.put(m.name, new VarInfo(m.name, -1, false, rb.build(), s.fn, u.span(), false));
            }
            return new ConstNode(Value.NOTHING, u.span());
        }
        for (Expr member : u.members()) {
            String name = member instanceof Expr.StringLit sl ? sl.value() : member.span().text();
            if (name.equals("*")) {
                importAll(m, "", s);
                continue;
            }
            if (member instanceof Expr.ListLit l) {
                for (Expr item : l.items()) importOne(m, item instanceof Expr.StringLit sl ? sl.value() : item.span().text(), item.span(), s);
                continue;
            }
            importOne(m, name, member.span(), s);
        }
        return new ConstNode(Value.NOTHING, u.span());
    }

    private void importAll(ModuleInfo m, String prefix, Scope s) {
        for (Map.Entry<String, DefInfo> e : m.defs.entrySet()) {
            String n = e.getKey();
            if (n.equals("main") || n.equals(m.name)) s.defs.put(m.name, e.getValue());
            else s.defs.put(prefix + n, e.getValue());
        }
        for (Map.Entry<String, Expr> e : m.aliases.entrySet()) s.aliases.put(prefix + e.getKey(), e.getValue());
        for (Map.Entry<String, ModuleInfo> e : m.submodules.entrySet()) importAll(e.getValue(), prefix + e.getKey() + " ", s);
        if (prefix.isEmpty()) {
            for (Map.Entry<String, Value> e : m.consts.entrySet()) s.vars.put(e.getKey(), new VarInfo(e.getKey(), -1, false, e.getValue(), s.fn, null, false));
        }
    }

    private void importOne(ModuleInfo m, String name, Span span, Scope s) {
        DefInfo d = m.defs.get(name);
        if (d != null) {
            s.defs.put(name, d);
            return;
        }
        Expr a = m.aliases.get(name);
        if (a != null) {
            s.aliases.put(name, a);
            return;
        }
        ModuleInfo sub = m.submodules.get(name);
        if (sub != null) {
            importAll(sub, name + " ", s);
            return;
        }
        Value c = m.consts.get(name);
        if (c != null) {
            s.vars.put(name, new VarInfo(name, -1, false, c, s.fn, span, false));
            return;
        }
        throw CompileError.of("nu::parser::export_not_found", "Export not found.", span, "could not find imports");
    }

    /** The module a {@code use} names: one defined in scope, else a file; {@code std} is not available (null). */
    private ModuleInfo resolve(Expr.Use u, Scope s) {
        String name = u.path() instanceof Expr.StringLit sl ? sl.value() : u.path().span().text();
        ModuleInfo m = s.findModule(name);
        if (m != null) return m;
        if (name.equals("std") || name.startsWith("std/") || name.startsWith("std-rfc")) return null;
        Path file = findFile(name, u.path().span());
        if (file == null) {
            throw CompileError.of("nu::parser::module_not_found", "Module not found.", u.path().span(),
                    "module " + name + " not found", "module files and their paths must be available before your script is run as parsing occurs before anything is evaluated");
        }
        Block body = parseFile(file, u.path().span());
        String modName = file.getFileName().toString().equals("mod.nu")
                ? file.getParent().getFileName().toString()
                : file.getFileName().toString().replaceFirst("\\.nu$", "");
        return build(modName, body, s);
    }

    ExprNode source(Expr.SourceFile x, Scope s) {
        Block b = x.parsed();
        if (b == null) {
            String name = x.path() instanceof Expr.StringLit sl ? sl.value() : x.path().span().text();
            Path file = findFile(name, x.path().span());
            if (file == null) {
                throw CompileError.of("nu::parser::sourced_file_not_found", "File not found", x.path().span(),
                        "File not found: " + name);
            }
            b = parseFile(file, x.path().span());
        }
        return new dev.nuebpf.truffle.nodes.pipeline.SubexprNode(t.blockInline(b, s), x.span());
    }

    private Path findFile(String name, Span at) {
        Path cwd = t.context.cwd();
        Path p = cwd.resolve(name);
        if (Files.isDirectory(p) && Files.exists(p.resolve("mod.nu"))) return p.resolve("mod.nu");
        if (Files.isRegularFile(p)) return p;
        if (!name.endsWith(".nu") && Files.isRegularFile(cwd.resolve(name + ".nu"))) return cwd.resolve(name + ".nu");
        Source src = at == null ? null : at.source();
        if (src != null) {
            try {
                Path dir = Path.of(src.name()).toAbsolutePath().getParent();
                if (dir != null && Files.isRegularFile(dir.resolve(name))) return dir.resolve(name);
            } catch (RuntimeException ignored) {
                // a source name that is not a path
            }
        }
        return null;
    }

    private Block parseFile(Path file, Span at) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw CompileError.of("nu::shell::io_error", "I/O error", at, "can't read " + file + ": " + e.getMessage());
        }
        ParseResult r = Parser.parse(new Source(file.toString(), text), t.context.shapes(null));
        if (!r.ok()) throw new ShellException(r.errors().get(0));
        return r.block();
    }
}
