package dev.nuebpf.tests.docs;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.format.Nuon;
import dev.nuebpf.syntax.SyntaxShape;
import dev.nuebpf.truffle.Shell;
import dev.nuebpf.truffle.ShellOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates docs/commands/: one small Markdown page per built-in command from its Signature and Examples, plus an
 * index by category. The pages are derived data, so {@link CommandReferenceDocsTest} fails when they drift from
 * the signatures; regenerate with {@code bin/update-command-docs} (this class's main).
 */
public final class CommandReference {
    private CommandReference() {}

    /** Page name for a command: spaces become underscores ({@code str upcase} → {@code str_upcase.md}). */
    public static String fileName(String command) {
        return command.replace(' ', '_').replace('/', '%') + ".md";
    }

    /** Every page (file name → content), the index included as {@code README.md}. */
    public static Map<String, String> pages() {
        try (Shell shell = Shell.create(ShellOptions.defaults())) {
            List<Command> commands = shell.commands().stream().sorted(Comparator.comparing(Command::name)).toList();
            Map<String, String> pages = new TreeMap<>();
            for (Command c : commands) pages.put(fileName(c.name()), page(c));
            pages.put("README.md", index(commands));
            return pages;
        }
    }

    static String page(Command c) {
        Signature s = c.signature();
        StringBuilder sb = new StringBuilder("# `").append(c.name()).append("`\n\n");
        if (s.description() != null && !s.description().isBlank()) sb.append(s.description().strip()).append("\n\n");
        if (s.extraDescription() != null && !s.extraDescription().isBlank()) sb.append(s.extraDescription().strip()).append("\n\n");
        sb.append("Category: ").append(s.category().toString().toLowerCase(Locale.ROOT)).append("\n\n");
        sb.append("## Signature\n\n```nu\n").append(usage(s)).append("\n```\n\n");
        if (!s.positionals().isEmpty() || s.rest() != null) {
            sb.append("## Parameters\n\n");
            for (Signature.Positional p : s.positionals())
                sb.append("- `").append(p.name()).append(p.optional() ? "?" : "").append(": ").append(shape(p.shape()))
                        .append("`").append(text(p.description())).append('\n');
            if (s.rest() != null)
                sb.append("- `...").append(s.rest().name()).append(": ").append(shape(s.rest().shape())).append("`")
                        .append(text(s.rest().description())).append('\n');
            sb.append('\n');
        }
        if (!s.flags().isEmpty()) {
            sb.append("## Flags\n\n");
            for (Signature.Flag f : s.flags()) {
                sb.append("- `--").append(f.longName());
                if (f.shortName() != null) sb.append(", -").append(f.shortName());
                if (f.shape() != null) sb.append(" <").append(shape(f.shape())).append('>');
                sb.append("`").append(text(f.description())).append('\n');
            }
            sb.append('\n');
        }
        if (!s.ioTypes().isEmpty()) {
            sb.append("## Input/output types\n\n| input | output |\n| --- | --- |\n");
            for (Signature.IoType io : s.ioTypes()) sb.append("| ").append(io.input()).append(" | ").append(io.output()).append(" |\n");
            sb.append('\n');
        }
        List<Example> examples = c.examples();
        if (!examples.isEmpty()) {
            sb.append("## Examples\n\n");
            for (Example e : examples) {
                if (e.description() != null && !e.description().isBlank()) sb.append(e.description().strip()).append("\n");
                sb.append("```nu\n").append(e.example().strip()).append("\n```\n");
                String result = result(e);
                if (result != null) sb.append("Result: `").append(result).append("`\n");
                sb.append('\n');
            }
        }
        return sb.toString().stripTrailing() + "\n";
    }

    static String usage(Signature s) {
        StringBuilder sb = new StringBuilder(s.name());
        if (!s.flags().isEmpty()) sb.append(" {flags}");
        for (Signature.Positional p : s.positionals())
            sb.append(p.optional() ? " (" : " <").append(p.name()).append(p.optional() ? ")" : ">");
        if (s.rest() != null) sb.append(" ...").append(s.rest().name());
        return sb.toString();
    }

    static String shape(SyntaxShape shape) {
        return shape == null ? "any" : shape.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String text(String description) {
        return description == null || description.isBlank() ? "" : ": " + description.strip().replace("\n", " ");
    }

    /** The expected result as nuon, on one line; null when the example has none or it has no nuon form. */
    private static String result(Example e) {
        if (e.result() == null) return null;
        try {
            String r = Nuon.write(e.result());
            return r.contains("`") || r.contains("\n") || r.length() > 300 ? null : r;
        } catch (RuntimeException notNuon) {
            return null;
        }
    }

    static String index(List<Command> commands) {
        Map<String, StringBuilder> byCategory = new TreeMap<>();
        for (Command c : commands) {
            String cat = c.signature().category().toString().toLowerCase(Locale.ROOT);
            String d = c.signature().description() == null ? "" : c.signature().description().strip().lines().findFirst().orElse("");
            byCategory.computeIfAbsent(cat, k -> new StringBuilder())
                    .append("- [`").append(c.name()).append("`](").append(fileName(c.name()).replace("%", "%25")).append(")")
                    .append(d.isEmpty() ? "" : " — " + d).append('\n');
        }
        StringBuilder sb = new StringBuilder("# Command reference\n\n")
                .append("Generated from each command's signature and examples (").append(commands.size())
                .append(" commands); `help <command>` shows the same in the shell. Regenerate with `bin/update-command-docs`.\n");
        byCategory.forEach((cat, list) -> sb.append("\n## ").append(cat).append("\n\n").append(list));
        return sb.toString();
    }

    /** Writes the pages into {@code args[0]} (default docs/commands), removing pages of commands that no longer exist. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs/commands");
        Files.createDirectories(dir);
        Map<String, String> pages = pages();
        try (var old = Files.list(dir)) {
            for (Path p : old.toList()) if (p.toString().endsWith(".md") && !pages.containsKey(p.getFileName().toString())) Files.delete(p);
        }
        for (var e : pages.entrySet()) Files.writeString(dir.resolve(e.getKey()), e.getValue());
        System.out.println("wrote " + pages.size() + " pages to " + dir);
    }
}
