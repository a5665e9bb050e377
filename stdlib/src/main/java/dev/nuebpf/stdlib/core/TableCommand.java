package dev.nuebpf.stdlib.core;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import dev.nuebpf.runtime.Values;
import dev.nuebpf.stdlib.common.CellPathOps;
import dev.nuebpf.stdlib.common.Closures;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.runtime.TypeNames;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
/**
 * {@code table}: the text nu would print for a list or record, as a string (the REPL's renderer, at a
 * given width); other values pass through. The other flags are accepted; only --width changes the output.
 */
public final class TableCommand implements Command {
    private final Signature sig = Signature.build("table", Category.MISC)
            .description("Render the table.")
            .named("theme", SyntaxShape.STRING, "Set a table mode/theme.", 't')
            .named("index", SyntaxShape.ANY, "Enable (true) or disable (false) the #/index column or set the starting index.", 'i')
            .named("width", SyntaxShape.INT, "Number of terminal columns wide (not output columns).", 'w')
            .switchFlag("expand", "Expand the table structure in a light mode.", 'e')
            .named("expand-deep", SyntaxShape.INT, "An expand limit of recursion which will take place, must be used with --expand.", 'd')
            .switchFlag("flatten", "Flatten simple arrays.", null)
            .named("flatten-separator", SyntaxShape.STRING, "Sets a separator when 'flatten' is used.", null)
            .switchFlag("collapse", "Expand the table structure in collapse mode.", 'c')
            .named("abbreviated", SyntaxShape.INT, "Abbreviate the data in the table by truncating the middle part and only showing amount provided on top and bottom.", 'a')
            .switchFlag("list", "List available table modes/themes.", 'l')
            .switchFlag("icons", "Add icons to file paths in tables.", 'o')
            .io("any", "any")
            .searchTerms("display", "render");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(Example.of("Render a list as text", "[1 2] | table",
                s("╭───┬───╮\n│ 0 │ 1 │\n│ 1 │ 2 │\n╰───┴───╯\n")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Long w = call.intFlag("width");
        int width = w == null ? PrintCommand.width() : (int) Math.max(1, w);
        boolean rows = Inputs.isListLike(input);
        Value v = input.collect();
        if (!rows && !(v instanceof Record)) return PipelineData.of(v);
        // nu ends a rendered list with a newline, a rendered record without one
        String text = dev.nuebpf.format.TableRenderer.render(v, width);
        return PipelineData.of(Value.of(rows ? text + "\n" : text));
    }
}
