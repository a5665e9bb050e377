package dev.nuebpf.syntax;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command shapes read from a TSV dump of real nu's signatures (name, kind, param, shape, optional, short),
 * to measure signature-directed parsing with nu's full command set. Dump with:
 * {@code nu -c 'scope commands | where type != "custom" | ...'} (see RealScriptsTool -n).
 */
final class TsvShapes implements CommandShapes {
    private final Map<String, CommandShape> map = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();

    TsvShapes(Path tsv) throws Exception {
        Map<String, List<String[]>> rows = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] f = line.split("\t", -1);
            if (f.length < 6) continue;
            rows.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
        }
        for (var e : rows.entrySet()) {
            List<CommandShape.PositionalShape> pos = new ArrayList<>();
            CommandShape.PositionalShape rest = null;
            List<CommandShape.FlagShape> flags = new ArrayList<>();
            boolean help = false;
            for (String[] f : e.getValue()) {
                SyntaxShape s = shape(f[3]);
                boolean opt = f[4].equals("true");
                Character sh = f[5].isEmpty() ? null : f[5].charAt(0);
                switch (f[1]) {
                    case "positional" -> pos.add(new CommandShape.PositionalShape(f[2], s, opt));
                    case "rest" -> rest = new CommandShape.PositionalShape(f[2], s, true);
                    case "named" -> flags.add(new CommandShape.FlagShape(f[2], sh, s));
                    case "switch" -> {
                        flags.add(new CommandShape.FlagShape(f[2], sh, null));
                        if (f[2].equals("help")) help = true;
                    }
                    default -> { }
                }
            }
            if (!help) flags.add(new CommandShape.FlagShape("help", 'h', null));
            map.put(e.getKey(), new CommandShape(e.getKey(), pos, rest, flags));
            String[] words = e.getKey().split(" ");
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < words.length - 1; i++) {
                if (i > 0) sb.append(' ');
                prefixes.add(sb.append(words[i]).toString());
            }
        }
    }

    private static SyntaxShape shape(String s) {
        if (s.startsWith("closure")) return SyntaxShape.CLOSURE;
        if (s.startsWith("oneof<condition")) return SyntaxShape.ROW_CONDITION;
        if (s.startsWith("list")) return SyntaxShape.LIST;
        return switch (s) {
            case "string" -> SyntaxShape.STRING;
            case "int" -> SyntaxShape.INT;
            case "cell-path" -> SyntaxShape.CELL_PATH;
            case "full-cell-path" -> SyntaxShape.FULL_CELL_PATH;
            case "path" -> SyntaxShape.FILEPATH;
            case "directory" -> SyntaxShape.DIRECTORY;
            case "glob" -> SyntaxShape.GLOB;
            case "duration" -> SyntaxShape.DURATION;
            case "number" -> SyntaxShape.NUMBER;
            case "block" -> SyntaxShape.BLOCK;
            case "binary" -> SyntaxShape.BINARY;
            case "range" -> SyntaxShape.RANGE;
            case "record" -> SyntaxShape.RECORD;
            case "table" -> SyntaxShape.TABLE;
            case "bool" -> SyntaxShape.BOOLEAN;
            case "filesize" -> SyntaxShape.FILESIZE;
            case "datetime" -> SyntaxShape.DATETIME;
            case "float" -> SyntaxShape.FLOAT;
            default -> SyntaxShape.ANY;
        };
    }

    @Override public CommandShape lookup(String name) { return map.get(name); }

    @Override public boolean isPrefix(String prefix) { return prefixes.contains(prefix); }
}
