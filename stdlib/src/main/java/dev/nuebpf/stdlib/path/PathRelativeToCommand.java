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

/** {@code path relative-to}: the input with the given prefix path removed. */
public final class PathRelativeToCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("path relative-to", Category.PATH)
                .description("Express a path as relative to another path.")
                .required("path", SyntaxShape.STRING, "Parent shared with the input path.")
                .io("string", "string").io("list<string>", "list<string>");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Find a relative path from two absolute paths", "'/home/viking' | path relative-to '/home'", Value.of("viking")),
                Example.of("Find a relative path from absolute paths in list", "[ /home/viking, /home/spam ] | path relative-to '/home'",
                        new Value.ListV(List.of(Value.of("viking"), Value.of("spam")))),
                Example.of("Find a relative path from two relative paths", "'eggs/bacon/sausage/spam' | path relative-to 'eggs/bacon/sausage'", Value.of("spam")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String base = call.stringArg(0);
        return PathInput.map(call, input, p -> {
            String rest = PathText.stripPrefix(p, base);
            if (rest == null) {
                String a = PathText.absolute(p, call.engine()).toString(), b = PathText.absolute(base, call.engine()).toString();
                rest = PathText.stripPrefix(a, b);
            }
            if (rest == null) throw Errors.cantConvert("prefix not found", "string", call.head(),
                    "'" + p + "' is not a subpath of '" + base + "'");
            return Value.of(rest);
        });
    }
}
