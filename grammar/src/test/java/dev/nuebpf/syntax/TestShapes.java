package dev.nuebpf.syntax;

import dev.nuebpf.syntax.CommandShape.FlagShape;
import dev.nuebpf.syntax.CommandShape.PositionalShape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A few built-in command shapes, as the interpreter would provide them, for parser tests. */
final class TestShapes implements CommandShapes {
    static final TestShapes INSTANCE = new TestShapes();
    private final Map<String, CommandShape> map = new HashMap<>();

    private TestShapes() {
        add("each", List.of(pos("closure", SyntaxShape.CLOSURE)), null, List.of(sw("keep-empty", 'k')));
        add("where", List.of(pos("cond", SyntaxShape.ROW_CONDITION)), null, List.of());
        add("get", List.of(pos("path", SyntaxShape.CELL_PATH)), new PositionalShape("rest", SyntaxShape.CELL_PATH, true),
                List.of(sw("ignore-errors", 'i')));
        add("str upcase", List.of(), new PositionalShape("rest", SyntaxShape.CELL_PATH, true), List.of());
        add("str replace", List.of(pos("find", SyntaxShape.STRING), pos("replace", SyntaxShape.STRING)), null,
                List.of(sw("all", 'a'), sw("regex", 'r')));
        add("ebpf attach", List.of(pos("probe", SyntaxShape.STRING), pos("closure", SyntaxShape.CLOSURE)), null,
                List.of(sw("dry-run", 'n')));
        add("do", List.of(pos("closure", SyntaxShape.CLOSURE)), new PositionalShape("rest", SyntaxShape.ANY, true), List.of(sw("ignore-errors", 'i')));
        add("echo", List.of(), new PositionalShape("rest", SyntaxShape.ANY, true), List.of());
        add("ls", List.of(), new PositionalShape("pattern", SyntaxShape.GLOB, true), List.of(sw("all", 'a'), sw("long", 'l')));
        add("sort-by", List.of(), new PositionalShape("columns", SyntaxShape.CELL_PATH, true), List.of(sw("reverse", 'r')));
        add("first", List.of(new PositionalShape("rows", SyntaxShape.INT, true)), null, List.of());
        add("save", List.of(pos("file", SyntaxShape.FILEPATH)), null, List.of(sw("force", 'f')));
        add("length", List.of(), null, List.of());
        add("complete", List.of(), null, List.of());
        add("math sum", List.of(), null, List.of());
        add("split row", List.of(pos("separator", SyntaxShape.STRING)), null,
                List.of(new FlagShape("number", 'n', SyntaxShape.INT), sw("regex", 'r')));
        add("into int", List.of(), new PositionalShape("rest", SyntaxShape.CELL_PATH, true),
                List.of(new FlagShape("radix", 'r', SyntaxShape.NUMBER)));
        add("fill", List.of(), null, List.of(new FlagShape("width", 'w', SyntaxShape.INT), new FlagShape("character", 'c', SyntaxShape.STRING)));
    }

    private static PositionalShape pos(String name, SyntaxShape s) { return new PositionalShape(name, s, false); }

    private static FlagShape sw(String name, char c) { return new FlagShape(name, c, null); }

    private void add(String name, List<PositionalShape> p, PositionalShape rest, List<FlagShape> flags) {
        List<FlagShape> all = new java.util.ArrayList<>(flags);
        all.add(sw("help", 'h'));
        map.put(name, new CommandShape(name, p, rest, all));
    }

    @Override public CommandShape lookup(String name) { return map.get(name); }

    @Override public boolean isPrefix(String prefix) {
        for (String k : map.keySet()) if (k.startsWith(prefix + " ")) return true;
        return false;
    }
}
