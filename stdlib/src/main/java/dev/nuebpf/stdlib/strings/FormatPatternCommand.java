package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.format.ValueDisplay;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code format pattern}: fills {@code {column}} placeholders (cell paths like {@code {a.b}} allowed) from a
 * record, or from each row of a table; {@code {{} and {@code }}} are literal braces.
 */
public final class FormatPatternCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("format pattern", Category.STRINGS)
                .description("Build text from the columns of a record or of each table row.")
                .required("pattern", SyntaxShape.STRING, "The pattern, with {column} placeholders.")
                .io("record", "any").io("table", "list<string>");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Fill a pattern from a record", "{name: x, age: 3} | format pattern '{name} is {age}'", Value.of("x is 3")),
                Example.of("One string per table row", "[[a b]; [1 2] [3 4]] | format pattern '{a}-{b}'",
                        new Value.ListV(List.of(Value.of("1-2"), Value.of("3-4")))),
                Example.of("Literal braces", "{a: 1} | format pattern '{{a}} {a}'", Value.of("{a} 1")));
    }

    /** Literal text, or a placeholder's cell path. */
    private record Part(String literal, List<PathMember> path) {}

    @Override public PipelineData run(Call call, PipelineData input) {
        List<Part> parts = compile(call.stringArg(0), call);
        return Operate.mapEach(input, v -> {
            if (!(v instanceof Record)) {
                throw dev.nuebpf.stdlib.common.ShellErrors.unsupportedInput("record or table", v, call.head(), null);
            }
            StringBuilder sb = new StringBuilder();
            for (Part p : parts) {
                if (p.literal != null) sb.append(p.literal);
                else sb.append(ValueDisplay.toText(dev.nuebpf.runtime.CellPaths.follow(v, p.path, call.head())));
            }
            return Value.of(sb.toString());
        });
    }

    private static List<Part> compile(String pattern, Call call) {
        List<Part> out = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{' && pattern.startsWith("{{", i)) { lit.append('{'); i += 2; continue; }
            if (c == '}' && pattern.startsWith("}}", i)) { lit.append('}'); i += 2; continue; }
            if (c == '{') {
                int close = pattern.indexOf('}', i + 1);
                if (close < 0) {
                    throw ShellException.of("nu::shell::delimiter_error", "Delimiter error", call.positionalSpan(0),
                            "Found opening `{` without an associated closing `}`");
                }
                if (!lit.isEmpty()) out.add(new Part(lit.toString(), null));
                lit.setLength(0);
                List<PathMember> path = new ArrayList<>();
                for (String m : pattern.substring(i + 1, close).split("\\.")) {
                    // nu reads every member as a column name, digits included
                    path.add(PathMember.column(m, false, call.positionalSpan(0)));
                }
                out.add(new Part(null, path));
                i = close + 1;
                continue;
            }
            lit.append(c);
            i++;
        }
        if (!lit.isEmpty()) out.add(new Part(lit.toString(), null));
        return out;
    }
}
