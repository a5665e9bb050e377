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

/** {@code path basename}: the last component; {@code --replace} swaps it. */
public final class PathBasenameCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("path basename", Category.PATH)
                .description("Get the final component of a path.")
                .named("replace", SyntaxShape.STRING, "Return original path with basename replaced by this string.", 'r')
                .io("string", "string").io("list<string>", "list<string>");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Get basename of a path", "'/home/joe/test.txt' | path basename", Value.of("test.txt")),
                Example.of("Get basename of a list of paths", "[ /home/joe, /home/doe ] | path basename",
                        new Value.ListV(List.of(Value.of("joe"), Value.of("doe")))),
                Example.of("Replace basename of a path", "'/home/joe/test.txt' | path basename --replace 'spam.png'", Value.of("/home/joe/spam.png")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String replace = call.stringFlag("replace");
        return PathInput.map(call, input, p -> {
            if (replace == null) return Value.of(PathText.fileName(p));
            String parent = PathText.parent(p);
            return Value.of(PathText.join(parent == null ? "" : parent, replace));
        });
    }
}
