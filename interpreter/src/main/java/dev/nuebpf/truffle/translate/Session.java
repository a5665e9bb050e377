package dev.nuebpf.truffle.translate;

import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.Expr;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What survives between REPL lines: top-level variables (values, mutability), defs, aliases, modules.
 * An isolated evaluation uses a fresh Session.
 */
public final class Session {
    record SavedVar(Value value, boolean mutable, boolean isConst) {}

    final Map<String, SavedVar> vars = new LinkedHashMap<>();
    final Map<String, DefInfo> defs = new HashMap<>();
    final Map<String, Expr> aliases = new HashMap<>();
    final Map<String, ModuleInfo> modules = new HashMap<>();

    public DefInfo def(String name) { return defs.get(name); }

    public Iterable<DefInfo> allDefs() { return defs.values(); }

    public java.util.Set<String> varNames() { return vars.keySet(); }

    /** TRUE when the session holds a mutable variable of that name, FALSE for an immutable one, null when none. */
    public Boolean mutability(String name) {
        SavedVar v = vars.get(name);
        return v == null ? null : v.mutable();
    }

    public Value var(String name) {
        SavedVar v = vars.get(name);
        return v == null ? null : v.value();
    }
}
