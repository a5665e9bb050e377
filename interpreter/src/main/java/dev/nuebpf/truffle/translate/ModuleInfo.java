package dev.nuebpf.truffle.translate;

import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.Expr;
import java.util.LinkedHashMap;
import java.util.Map;

/** A module's exports: defs (by their name inside the module), aliases, consts and submodules. */
final class ModuleInfo {
    final String name;
    final Map<String, DefInfo> defs = new LinkedHashMap<>();
    final Map<String, Expr> aliases = new LinkedHashMap<>();
    final Map<String, Value> consts = new LinkedHashMap<>();
    final Map<String, ModuleInfo> submodules = new LinkedHashMap<>();
    final Map<String, Value> env = new LinkedHashMap<>();

    ModuleInfo(String name) { this.name = name; }
}
