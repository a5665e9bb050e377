package dev.nuebpf.truffle.translate;

import dev.nuebpf.syntax.Expr;
import java.util.HashMap;
import java.util.Map;

/** A lexical scope: variables, defs, aliases and modules declared in one block. */
final class Scope {
    final Scope parent;
    final FunctionScope fn;
    final Map<String, VarInfo> vars = new HashMap<>();
    final Map<String, DefInfo> defs;
    final Map<String, Expr> aliases;
    final Map<String, ModuleInfo> modules;
    /** Names declared with {@code extern}: calls of them run the external program. */
    final java.util.Set<String> externs = new java.util.HashSet<>();

    Scope(Scope parent, FunctionScope fn) {
        this(parent, fn, new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    Scope(Scope parent, FunctionScope fn, Map<String, DefInfo> defs, Map<String, Expr> aliases, Map<String, ModuleInfo> modules) {
        this.parent = parent;
        this.fn = fn;
        this.defs = defs;
        this.aliases = aliases;
        this.modules = modules;
    }

    DefInfo findDef(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            DefInfo d = s.defs.get(name);
            if (d != null) return d;
        }
        return null;
    }

    Expr findAlias(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Expr a = s.aliases.get(name);
            if (a != null) return a;
        }
        return null;
    }

    ModuleInfo findModule(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            ModuleInfo m = s.modules.get(name);
            if (m != null) return m;
        }
        return null;
    }

    boolean isExtern(String name) {
        for (Scope s = this; s != null; s = s.parent) if (s.externs.contains(name)) return true;
        return false;
    }

    boolean isPrefix(String prefix) {
        String p = prefix + " ";
        for (Scope s = this; s != null; s = s.parent) {
            for (String k : s.defs.keySet()) if (k.startsWith(p)) return true;
            for (String k : s.aliases.keySet()) if (k.startsWith(p)) return true;
        }
        return false;
    }
}
