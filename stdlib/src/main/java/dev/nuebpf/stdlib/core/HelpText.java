package dev.nuebpf.stdlib.core;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.Engine;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.format.TableRenderer;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/** The help page of a command, laid out as {@code help <command>} prints it in nu. */
final class HelpText {
    private HelpText() {}

    /** Nushell's name for a syntax shape, as help pages show it. */
    static String shapeName(SyntaxShape s) {
        if (s == null) return "any";
        return switch (s) {
            case CELL_PATH, FULL_CELL_PATH -> "cell-path";
            case CLOSURE -> "closure(any)";
            case ROW_CONDITION -> "oneof<condition, closure(any)>";
            case ONE_OF_BLOCK_OR_CLOSURE -> "oneof<block, closure>";
            case BOOLEAN -> "bool";
            case DATETIME -> "datetime";
            case FILEPATH -> "path";
            case LIST -> "list<any>";
            case KEYWORD -> "keyword";
            default -> s.name().toLowerCase();
        };
    }

    static String page(Command c, Engine engine, int width) {
        Signature s = c.signature();
        StringBuilder sb = new StringBuilder();
        sb.append(s.description()).append("\n\n");
        if (!s.extraDescription().isEmpty()) sb.append(s.extraDescription()).append("\n\n");
        if (!s.searchTerms().isEmpty()) sb.append("Search terms: ").append(String.join(", ", s.searchTerms())).append("\n\n");
        sb.append("Usage:\n  > ").append(s.name()).append(' ');
        if (!s.flags().isEmpty()) sb.append("{flags} ");
        for (Signature.Positional p : s.positionals()) sb.append(p.optional() ? "(" + p.name() + ") " : "<" + p.name() + "> ");
        if (s.rest() != null) sb.append("...(").append(s.rest().name()).append(") ");
        sb.append('\n');
        List<Command> subs = new ArrayList<>();
        for (Command other : engine.commands()) if (other.name().startsWith(s.name() + " ")) subs.add(other);
        if (!subs.isEmpty()) {
            subs.sort(java.util.Comparator.comparing(Command::name));
            sb.append("\nSubcommands:\n");
            for (Command sc : subs) sb.append("  ").append(sc.name()).append(" - ").append(sc.signature().description()).append('\n');
        }
        sb.append("\nFlags:\n  -h, --help: Display the help message for this command\n");
        for (Signature.Flag f : s.flags()) {
            sb.append("  ").append(f.shortName() != null ? "-" + f.shortName() + ", " : "").append("--").append(f.longName());
            if (f.shape() != null) sb.append(" <").append(shapeName(f.shape())).append('>');
            sb.append(": ").append(f.description()).append('\n');
        }
        sb.append("\nCommand Type:\n  > built-in\n");
        if (!s.positionals().isEmpty() || s.rest() != null) {
            sb.append("\nParameters:\n");
            for (Signature.Positional p : s.positionals())
                sb.append("  ").append(p.name()).append(" <").append(shapeName(p.shape())).append(">: ").append(p.description())
                        .append(p.optional() ? " (optional)" : "").append('\n');
            if (s.rest() != null)
                sb.append("  ...").append(s.rest().name()).append(" <").append(shapeName(s.rest().shape())).append(">: ").append(s.rest().description()).append('\n');
        }
        if (!s.ioTypes().isEmpty()) {
            List<Value> rows = new ArrayList<>();
            for (Signature.IoType io : s.ioTypes()) rows.add(Record.of("input", Value.of(io.input()), "output", Value.of(io.output())));
            sb.append("\nInput/output types:\n").append(indent(TableRenderer.render(new Value.ListV(rows), width - 2), "  ")).append('\n');
        }
        if (!c.examples().isEmpty()) {
            sb.append("\nExamples:\n");
            for (Example e : c.examples()) {
                sb.append("  ").append(e.description()).append("\n  > ").append(e.example()).append('\n');
                if (e.result() != null && e.result() != Value.NOTHING)
                    sb.append(indent(TableRenderer.render(e.result(), width - 2), "  ")).append('\n');
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String indent(String text, String pad) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) sb.append(sb.isEmpty() ? "" : "\n").append(pad).append(line);
        return sb.toString();
    }
}
