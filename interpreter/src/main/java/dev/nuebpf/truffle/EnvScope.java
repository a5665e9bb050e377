package dev.nuebpf.truffle;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One level of Nushell's scoped environment. A call gets a child that shares its parent's map until
 * the first write (copy on write), so calling a closure a million times does not copy $env a million
 * times. {@code def --env} / {@code do --env} adopt the child's map back into the caller.
 */
public final class EnvScope {
    private LinkedHashMap<String, Value> vars;
    private boolean shared;

    public EnvScope(Map<String, Value> initial) {
        this.vars = new LinkedHashMap<>(initial);
    }

    private EnvScope(LinkedHashMap<String, Value> vars) {
        this.vars = vars;
        this.shared = true;
    }

    public EnvScope child() {
        shared = true;
        return new EnvScope(vars);
    }

    /** Takes over the variables of a finished child scope (def --env). */
    public void adopt(EnvScope child) {
        vars = child.vars;
        shared = true;
        child.shared = true;
    }

    public Value get(String name, boolean caseInsensitive) {
        Value v = vars.get(name);
        if (v != null || !caseInsensitive) return v;
        for (Map.Entry<String, Value> e : vars.entrySet()) if (e.getKey().equalsIgnoreCase(name)) return e.getValue();
        return null;
    }

    public void set(String name, Value v) {
        own();
        vars.put(name, v);
    }

    public boolean remove(String name) {
        if (!vars.containsKey(name)) return false;
        own();
        vars.remove(name);
        return true;
    }

    private void own() {
        if (shared) {
            vars = new LinkedHashMap<>(vars);
            shared = false;
        }
    }

    public Map<String, Value> snapshot() { return new LinkedHashMap<>(vars); }

    /** $env as nu shows it: sorted by name. */
    public Record toRecord() {
        Record.Builder b = Record.builder();
        vars.keySet().stream().sorted().forEach(k -> b.put(k, vars.get(k)));
        return b.build();
    }
}
