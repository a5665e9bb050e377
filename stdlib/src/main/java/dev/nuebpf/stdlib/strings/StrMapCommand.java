package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;

/**
 * Base for the commands that turn each string into one value ({@code str upcase}, {@code str length} ...):
 * they accept a string, a list of strings, or a record/table plus cell paths naming the cells to change.
 */
public abstract class StrMapCommand implements Command {

    /** The result for one string; {@code call} gives access to flags. Commands that override run need not. */
    protected Value apply(String s, Call call) {
        throw new IllegalStateException(name() + " must override apply or run");
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return Operate.map(input, call, v -> apply(Operate.str(call, v), call));
    }

    /**
     * For the text tests ({@code str contains}, {@code starts-with}, {@code ends-with}): the first argument is the
     * needle, {@code --ignore-case} folds both sides, {@code test(text, needle)} gives each string's bool.
     */
    protected static PipelineData testEach(Call call, PipelineData input, java.util.function.BiPredicate<String, String> test) {
        String needle = call.stringArg(0);
        boolean ic = call.has("ignore-case");
        String n = ic ? Fold.fold(needle) : needle;
        return Operate.map(input, call, v -> {
            String s = Operate.str(call, v);
            return Value.of(test.test(ic ? Fold.fold(s) : s, n));
        });
    }

    /** The signature shape every such command shares: cell-path rest and the four io pairs. */
    protected static Signature sig(String name, String description, String out) {
        return Signature.build(name, Category.STRINGS)
                .description(description)
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, operate on strings at the given cell paths.")
                .io("string", out)
                .io("list<string>", "list<" + out + ">")
                .io("table", "table")
                .io("record", "record");
    }
}
