package dev.nuebpf.diag;

/** A piece of Nushell source text with a name (file path, "source", "repl entry #3"). Identity-compared. */
public final class Source {
    private final String name;
    private final String text;

    public Source(String name, String text) {
        this.name = name;
        this.text = text;
    }

    public String name() { return name; }
    public String text() { return text; }

    /** 1-based line of a char offset. */
    public int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    /** 1-based column of a char offset. */
    public int columnOf(int offset) {
        int col = 1;
        for (int i = Math.min(offset, text.length()) - 1; i >= 0 && text.charAt(i) != '\n'; i--) col++;
        return col;
    }

    @Override public String toString() { return name; }
}
