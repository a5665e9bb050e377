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

/** {@code path join}: appends parts (an absolute part starts over); lists, records and tables are joined too. */
public final class PathJoinCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("path join", Category.PATH)
                .description("Join a structured path or a list of path parts.")
                .rest("append", SyntaxShape.STRING, "Path to append to the input.")
                .io("string", "string").io("record", "string").io("table", "list<string>").io("list<string>", "string");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Append a filename to a path", "'/home/viking' | path join spam.txt", Value.of("/home/viking/spam.txt")),
                Example.of("Append multiple parts to a path", "'/home/viking' | path join spams this_spam.txt", Value.of("/home/viking/spams/this_spam.txt")),
                Example.of("Use relative paths", "'/home/viking' | path join .. folder", Value.of("/home/viking/../folder")),
                Example.of("Use absolute paths", "'/home/viking' | path join / folder", Value.of("/folder")),
                Example.of("Join a list of parts into a path", "[ '/' 'home' 'viking' 'spam.txt' ] | path join", Value.of("/home/viking/spam.txt")),
                Example.of("Join a structured path into a path", "{ parent: '/home/viking', stem: 'spam', extension: 'txt' } | path join",
                        Value.of("/home/viking/spam.txt")),
                Example.of("Join a table of structured paths into a list of paths",
                        "[[ parent stem extension ]; [ '/home/viking' 'spam' 'txt' ]] | path join", new Value.ListV(List.of(Value.of("/home/viking/spam.txt")))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < call.rest().size(); i++) {
            Value v = call.rest().get(i);
            var span = call.restSpans().get(i);
            // a bare `..` may arrive as a range value; the user wrote a path part
            if (v instanceof Value.RangeV && span != null && !span.isUnknown() && span.text().matches("\\.\\.+")) parts.add(span.text());
            else parts.add(Errors.expectString(v, span));
        }
        Value v = input.collect();
        if (v instanceof Value.ListV l && !l.items().isEmpty() && l.items().stream().allMatch(x -> x instanceof Record)) {
            List<Value> out = new ArrayList<>();
            for (Value r : l.items()) out.add(Value.of(append(fromRecord(call, (Record) r), parts)));
            return PipelineData.of(new Value.ListV(out));
        }
        if (v instanceof Value.ListV l) {
            String acc = "";
            for (Value item : l.items()) acc = PathText.join(acc, PathInput.text(call, item));
            return PipelineData.of(Value.of(append(acc, parts)));
        }
        if (v instanceof Record r) return PipelineData.of(Value.of(append(fromRecord(call, r), parts)));
        if (v == Value.NOTHING) return PipelineData.of(Value.of(append("", parts)));
        return PipelineData.of(Value.of(append(PathInput.text(call, v), parts)));
    }

    private static String append(String base, List<String> parts) {
        String acc = base;
        for (String p : parts) acc = PathText.join(acc, p);
        return acc;
    }

    private static String fromRecord(Call call, Record r) {
        for (String k : r.keys()) {
            if (!List.of("prefix", "parent", "stem", "extension").contains(k)) {
                throw ShellException.of("nu::shell::unsupported_input", "Unsupported input", call.head(),
                        "Column '" + k + "' is not valid for a structured path. Allowed columns on this platform are: parent, stem, extension");
            }
        }
        String parent = r.get("parent") == null ? "" : PathInput.text(call, r.get("parent"));
        String name = r.get("stem") == null ? "" : PathInput.text(call, r.get("stem"));
        String ext = r.get("extension") == null ? "" : PathInput.text(call, r.get("extension"));
        if (!ext.isEmpty()) name = name + "." + ext;
        return PathText.join(parent, name);
    }
}
