package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.format.Nuon;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code to nuon}: see {@link Nuon} for the formatting rules. */
public final class ToNuonCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("to nuon", Category.FORMATS)
                .description("Converts table data into Nuon (Nushell Object Notation) text.")
                .switchFlag("raw", "Remove all of the whitespace (overwrites -i and -t).", 'r')
                .named("indent", SyntaxShape.NUMBER, "Specify indentation width.", 'i')
                .named("tabs", SyntaxShape.NUMBER, "Specify indentation tab quantity.", 't')
                .switchFlag("serialize", "Serialize nushell types that cannot be deserialized.", 's')
                .switchFlag("raw-strings", "Use raw string syntax (r#'...'#) for strings with quotes or backslashes.", 'R')
                .switchFlag("list-of-records", "Serialize table values as list-of-records instead of table syntax.", 'l')
                .switchFlag("no-commas", "Use whitespace instead of commas as separators.", 'c')
                .switchFlag("pretty", "Pretty-print with indentation and aligned table columns.", 'p')
                .io("any", "string");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Outputs a NUON string representing the contents of this list, compact by default", "[1 2 3] | to nuon", Value.of("[1, 2, 3]")),
                Example.of("Outputs a NUON array of ints, with pretty indentation", "[1 2 3] | to nuon --indent 2", Value.of("[\n  1,\n  2,\n  3\n]")),
                Example.of("Overwrite any set option with --raw", "[1 2 3] | to nuon --indent 2 --raw", Value.of("[1,2,3]")),
                Example.of("A more complex record with multiple data types", "{date: 2000-01-01, data: [1 [2 3] 4.56]} | to nuon --indent 2",
                        Value.of("{\n  date: 2000-01-01T00:00:00+00:00,\n  data: [\n    1,\n    [\n      2,\n      3\n    ],\n    4.56\n  ]\n}")),
                Example.of("A more complex record with --raw", "{date: 2000-01-01, data: [1 [2 3] 4.56]} | to nuon --raw",
                        Value.of("{date:2000-01-01T00:00:00+00:00,data:[1,[2,3],4.56]}")),
                Example.of("Use raw string syntax for strings with quotes", "'hello \"world\"' | to nuon --raw-strings", Value.of("r#'hello \"world\"'#")),
                Example.of("Serialize a table as list-of-records", "[[a, b]; [1, 2], [3, 4]] | to nuon --list-of-records",
                        Value.of("[{a: 1, b: 2}, {a: 3, b: 4}]")),
                Example.of("Use whitespace instead of commas", "[1 2 3] | to nuon --no-commas", Value.of("[1 2 3]")),
                Example.of("Pretty-print a table with aligned columns", "[[name, age]; [Alice, 30], [Bob, 25]] | to nuon --pretty",
                        Value.of("[\n  [name,  age];\n  [Alice, 30],\n  [Bob,   25]\n]")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PipelineData.of(Value.of(Nuon.write(input.collect(), options(call), call.head())));
    }

    static Nuon.Options options(Call call) {
        String indent = null;
        Long tabs = call.intFlag("tabs");
        Long spaces = call.intFlag("indent");
        if (tabs != null) indent = "\t".repeat((int) Math.max(0, tabs));
        else if (spaces != null) indent = " ".repeat((int) Math.max(0, spaces));
        return new Nuon.Options(indent, call.has("raw"), call.has("no-commas"), call.has("pretty"), call.has("list-of-records"),
                call.has("raw-strings"), call.has("serialize"));
    }
}
