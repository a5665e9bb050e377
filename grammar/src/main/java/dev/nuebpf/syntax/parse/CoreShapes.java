package dev.nuebpf.syntax.parse;

import dev.nuebpf.syntax.CommandShape;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/**
 * Shapes the parser must know even when the host provides none: {@code where} reads a row condition
 * (bare words are columns of {@code $it}), which changes how its argument parses, not only how it runs.
 */
final class CoreShapes {
    private CoreShapes() {}

    private static final CommandShape WHERE = new CommandShape("where",
            List.of(new CommandShape.PositionalShape("condition", SyntaxShape.ROW_CONDITION, false)), null,
            List.of(new CommandShape.FlagShape("help", 'h', null)));

    private static final CommandShape ANY = rowCommand("any");
    private static final CommandShape ALL = rowCommand("all");

    private static CommandShape rowCommand(String name) {
        return new CommandShape(name, List.of(new CommandShape.PositionalShape("predicate", SyntaxShape.ROW_CONDITION, false)), null,
                List.of(new CommandShape.FlagShape("help", 'h', null)));
    }

    static CommandShape fallback(String name) {
        return switch (name) {
            case "where" -> WHERE;
            case "any" -> ANY;
            case "all" -> ALL;
            default -> null;
        };
    }
}
