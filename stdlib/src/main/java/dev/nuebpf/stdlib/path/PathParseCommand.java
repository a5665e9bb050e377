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

/** {@code path parse}: {parent, stem, extension}; {@code --extension} names a multi-dot extension. */
public final class PathParseCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("path parse", Category.PATH)
                .description("Convert a path into structured data.")
                .named("extension", SyntaxShape.STRING, "Manually supply the extension (without the dot).", 'e')
                .io("string", "record").io("list<string>", "table");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Parse a path", "'/home/viking/spam.txt' | path parse",
                        parsed("/home/viking", "spam", "txt")),
                Example.of("Replace a complex extension", "'/home/viking/spam.tar.gz' | path parse --extension tar.gz | upsert extension { 'txt' }",
                        parsed("/home/viking", "spam", "txt")),
                Example.of("Ignore the extension", "'/etc/conf.d' | path parse --extension ''", parsed("/etc", "conf.d", "")),
                Example.of("Parse all paths in a list", "[ /home/viking.d /home/spam.txt ] | path parse",
                        new Value.ListV(List.of(parsed("/home", "viking", "d"), parsed("/home", "spam", "txt")))));
    }

    private static Record parsed(String parent, String stem, String ext) {
        return Record.builder().put("parent", Value.of(parent)).put("stem", Value.of(stem)).put("extension", Value.of(ext)).build();
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String ext = call.stringFlag("extension");
        return PathInput.map(call, input, p -> {
            String parent = PathText.parent(p);
            String name = PathText.fileName(p);
            String[] se;
            if (ext != null) {
                if (!ext.isEmpty() && name.endsWith("." + ext)) se = new String[] {name.substring(0, name.length() - ext.length() - 1), ext};
                else se = new String[] {name, ""};
            } else se = PathText.stemExt(name);
            return parsed(parent == null ? "" : parent, se[0], se[1]);
        });
    }
}
