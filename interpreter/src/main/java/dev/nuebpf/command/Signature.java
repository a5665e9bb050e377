package dev.nuebpf.command;

import dev.nuebpf.syntax.CommandShape;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/** A command's declared interface, built fluently: {@code Signature.build("first", Category.FILTERS).optional(...)}. */
public final class Signature {
    public record Positional(String name, SyntaxShape shape, String description, boolean optional) {}
    /** {@code shape} null for a switch. */
    public record Flag(String longName, Character shortName, SyntaxShape shape, String description) {}
    /** An accepted input type and the output type for it, as Nushell type strings ("list<any>", "string", "any"). */
    public record IoType(String input, String output) {}

    private final String name;
    private final Category category;
    private String description = "";
    private String extraDescription = "";
    private final List<Positional> positionals = new ArrayList<>();
    private Positional rest;
    private final List<Flag> flags = new ArrayList<>();
    private final List<IoType> ioTypes = new ArrayList<>();
    private final List<String> searchTerms = new ArrayList<>();

    private Signature(String name, Category category) {
        this.name = name;
        this.category = category;
    }

    public static Signature build(String name, Category category) { return new Signature(name, category); }

    public Signature description(String d) { description = d; return this; }
    public Signature extraDescription(String d) { extraDescription = d; return this; }
    public Signature required(String name, SyntaxShape shape, String desc) { positionals.add(new Positional(name, shape, desc, false)); return this; }
    public Signature optional(String name, SyntaxShape shape, String desc) { positionals.add(new Positional(name, shape, desc, true)); return this; }
    public Signature rest(String name, SyntaxShape shape, String desc) { rest = new Positional(name, shape, desc, true); return this; }
    public Signature named(String longName, SyntaxShape shape, String desc, Character shortName) { flags.add(new Flag(longName, shortName, shape, desc)); return this; }
    public Signature switchFlag(String longName, String desc, Character shortName) { flags.add(new Flag(longName, shortName, null, desc)); return this; }
    public Signature io(String input, String output) { ioTypes.add(new IoType(input, output)); return this; }
    public Signature searchTerms(String... terms) { searchTerms.addAll(List.of(terms)); return this; }

    public String name() { return name; }
    public Category category() { return category; }
    public String description() { return description; }
    public String extraDescription() { return extraDescription; }
    public List<Positional> positionals() { return positionals; }
    public Positional rest() { return rest; }
    public List<Flag> flags() { return flags; }
    public List<IoType> ioTypes() { return ioTypes; }
    public List<String> searchTerms() { return searchTerms; }

    public Flag flag(String longName) {
        for (Flag f : flags) if (f.longName().equals(longName)) return f;
        return null;
    }

    /** The parser's view of this signature. */
    public CommandShape toShape() {
        List<CommandShape.PositionalShape> ps = new ArrayList<>();
        for (Positional p : positionals) ps.add(new CommandShape.PositionalShape(p.name(), p.shape(), p.optional()));
        List<CommandShape.FlagShape> fs = new ArrayList<>();
        for (Flag f : flags) fs.add(new CommandShape.FlagShape(f.longName(), f.shortName(), f.shape()));
        fs.add(new CommandShape.FlagShape("help", 'h', null));
        CommandShape.PositionalShape r = rest == null ? null : new CommandShape.PositionalShape(rest.name(), rest.shape(), true);
        return new CommandShape(name, ps, r, fs);
    }
}
