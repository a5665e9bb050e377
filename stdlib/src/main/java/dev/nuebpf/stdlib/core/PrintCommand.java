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
/** {@code print}: writes values to stdout (or stderr): tables rendered as nu renders them, scalars as text. */
public final class PrintCommand implements Command {
    private final Signature sig = Signature.build("print", Category.CORE)
            .description("Print the given values to stdout.")
            .extraDescription("Unlike `echo`, this command does not return any value (`print | describe` will return \"nothing\").")
            .rest("rest", SyntaxShape.ANY, "The values to print.")
            .switchFlag("no-newline", "Print without inserting a newline for the line ending.", 'n')
            .switchFlag("stderr", "Print to stderr instead of stdout.", 'e')
            .switchFlag("raw", "Print without formatting (including binary data).", 'r')
            .io("any", "nothing").io("nothing", "nothing")
            .searchTerms("display");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Print returns nothing", "print 'hello'", nothing()),
                Example.parseOnly("Print the sum of two numbers", "print (2 + 3)"),
                Example.parseOnly("Print without a newline, to stderr", "print -n -e 'oops'"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        java.io.PrintStream out = call.has("stderr") ? call.engine().stderr() : call.engine().stdout();
        String end = call.has("no-newline") ? "" : "\n";
        List<Value> values = call.rest();
        if (values.isEmpty()) {
            if (Inputs.isNothing(input)) return PipelineData.EMPTY;
            values = List.of(input.collect());
        }
        for (Value v : values) {
            if (call.has("raw") && v instanceof Value.Binary b) {
                out.write(b.bytes(), 0, b.bytes().length);
                out.print(end);
            } else out.print(text(v, call.has("raw")) + end);
        }
        out.flush();
        return PipelineData.EMPTY;
    }

    static String text(Value v, boolean raw) {
        if (raw || v instanceof Value.Str) return dev.nuebpf.format.ValueDisplay.toText(v);
        return dev.nuebpf.format.TableRenderer.render(v, width());
    }

    /** The terminal width: $COLUMNS when set, else 80. */
    static int width() {
        try {
            String c = System.getenv("COLUMNS");
            return c == null ? 80 : Integer.parseInt(c.trim());
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
