package dev.nuebpf.syntax;

/** Lookup of known commands for signature-directed parsing; the interpreter implements it from its registry. */
public interface CommandShapes {
    /** The shape of a command with this exact (possibly multi-word) name, or null if unknown. */
    CommandShape lookup(String name);

    /** True if some known command starts with {@code prefix + " "} (so "str" in "str upcase" is a prefix). */
    boolean isPrefix(String prefix);

    /**
     * Variables the host already holds (earlier REPL lines, a session): TRUE when mutable, FALSE when not,
     * null when unknown. The parser checks variable references and assignments against its own scopes and these.
     */
    default Boolean variable(String name) { return null; }

    CommandShapes NONE = new CommandShapes() {
        public CommandShape lookup(String name) { return null; }
        public boolean isPrefix(String prefix) { return false; }
    };
}
