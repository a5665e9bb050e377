package dev.nuebpf.stdlib.path;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/** {@code path dirname}: the parent, {@code --num-levels} up; {@code --replace} swaps that prefix. */
public final class PathDirnameCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("path dirname", Category.PATH)
                .description("Get the parent directory of a path.")
                .named("replace", SyntaxShape.STRING, "Return original path with dirname replaced by this string.", 'r')
                .named("num-levels", SyntaxShape.INT, "Number of directories to walk up.", 'n')
                .io("string", "string").io("list<string>", "list<string>");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Get dirname of a path", "'/home/joe/code/test.txt' | path dirname", Value.of("/home/joe/code")),
                Example.of("Get dirname of a list of paths", "[ /home/joe/test.txt, /home/doe/test.txt ] | path dirname",
                        new Value.ListV(List.of(Value.of("/home/joe"), Value.of("/home/doe")))),
                Example.of("Walk up two levels", "'/home/joe/code/test.txt' | path dirname --num-levels 2", Value.of("/home/joe")),
                Example.of("Replace the part that would be returned with a custom path",
                        "'/home/joe/code/test.txt' | path dirname --num-levels 2 --replace /home/viking", Value.of("/home/viking/code/test.txt")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String replace = call.stringFlag("replace");
        Long n = call.intFlag("num-levels");
        int levels = n == null ? 1 : (int) Math.max(0, n);
        return PathInput.map(call, input, p -> {
            String dir = p;
            for (int i = 0; i < levels; i++) {
                String parent = PathText.parent(dir);
                if (parent == null) break;
                dir = parent;
            }
            if (replace == null) return Value.of(dir);
            String rest = PathText.stripPrefix(p, dir);
            return Value.of(PathText.join(replace, rest == null ? p : rest));
        });
    }
}
