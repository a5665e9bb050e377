package dev.nuebpf.syntax;

/** Lookup of known commands for signature-directed parsing; the interpreter implements it from its registry. */
public interface CommandShapes {
    /** The shape of a command with this exact (possibly multi-word) name, or null if unknown. */
    CommandShape lookup(String name);

    /** True if some known command starts with {@code prefix + " "} (so "str" in "str upcase" is a prefix). */
    boolean isPrefix(String prefix);

    CommandShapes NONE = new CommandShapes() {
        public CommandShape lookup(String name) { return null; }
        public boolean isPrefix(String prefix) { return false; }
    };
}
