package dev.nuebpf.stdlib.system;

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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code which}: where a command comes from (built-in or an executable on $PATH). */
public final class WhichCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("which", Category.SYSTEM)
                .description("Finds a program file, alias or custom command.")
                .rest("applications", SyntaxShape.STRING, "Application(s).")
                .switchFlag("all", "list all executables", 'a')
                .io("nothing", "table");
    }

    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("Find if the 'myapp' application is available", "which myapp"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        List<Value> rows = new ArrayList<>();
        boolean all = call.has("all");
        for (int i = 0; i < call.rest().size(); i++) {
            String app = Errors.expectString(call.rest().get(i), call.restSpans().get(i));
            if (call.engine().lookup(app) != null) {
                rows.add(row(app, "", "built-in"));
                if (!all) continue;
            }
            Value pathVar = call.engine().env("PATH");
            List<String> dirs = new ArrayList<>();
            if (pathVar instanceof Value.Str s) {
                dirs.addAll(List.of(s.value().split(":")));
            } else if (pathVar instanceof Value.ListV l) {
                for (Value d : l.items()) if (d instanceof Value.Str s) dirs.add(s.value());
            } else if (System.getenv("PATH") != null) {
                dirs.addAll(List.of(System.getenv("PATH").split(":")));
            }
            for (String d : dirs) {
                if (d.isEmpty()) continue;
                Path p = Path.of(d).resolve(app);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    rows.add(row(app, p.toString(), "external"));
                    if (!all) break;
                }
            }
        }
        return PipelineData.of(new Value.ListV(rows));
    }

    private static Value row(String command, String path, String type) {
        return Record.builder().put("command", Value.of(command)).put("path", Value.of(path)).put("type", Value.of(type)).build();
    }
}
