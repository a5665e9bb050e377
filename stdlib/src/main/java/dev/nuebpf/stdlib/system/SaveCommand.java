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

/** {@code save}: writes the input to a file; structured data is converted by the file's extension (json, nuon, csv...). */
public final class SaveCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("save", Category.FILESYSTEM)
                .description("Save a file.")
                .required("filename", SyntaxShape.FILEPATH, "The filename to use.")
                .switchFlag("raw", "save file as raw binary", 'r')
                .switchFlag("append", "append input to the end of the file", 'a')
                .switchFlag("force", "overwrite the destination", 'f')
                .switchFlag("progress", "enable progress bar (accepted; no bar is drawn)", 'p')
                .io("any", "nothing");
    }

    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("Save a string to foo.txt in the current directory", "'save me' | save foo.txt"),
                Example.parseOnly("Append a string to the end of foo.txt", "'append me' | save --append foo.txt"),
                Example.parseOnly("Save a record to foo.json in the current directory", "{ a: 1, b: 2 } | save foo.json"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String name = call.stringArg(0);
        Path p = Globs.resolve(name, call.engine().cwd());
        boolean append = call.has("append");
        if (Files.exists(p) && !append && !call.has("force")) {
            throw ShellException.of("nu::shell::io::already_exists", "Destination file already exists", call.positionalSpan(0),
                    "Destination file '" + p + "' already exists", "you can use -f, --force to force overwriting the destination");
        }
        byte[] bytes;
        if (input instanceof PipelineData.ByteStream bs) {
            try {
                bytes = bs.bytes().readAllBytes();
            } catch (IOException e) {
                throw FsErrors.io(e, name, call.head());
            }
            if (bs.exit() != null) bs.exit().run();
        } else bytes = encode(call, input.collect(), p);
        try {
            if (p.getParent() != null && !Files.isDirectory(p.getParent())) throw FsErrors.notFound(p.getParent().toString(), call.positionalSpan(0));
            if (append) Files.write(p, bytes, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            else Files.write(p, bytes);
        } catch (IOException e) {
            throw FsErrors.io(e, name, call.positionalSpan(0));
        }
        return PipelineData.EMPTY;
    }

    private static byte[] encode(Call call, Value v, Path p) {
        if (v instanceof Value.Binary b) return b.bytes();
        if (v instanceof Value.Str s) return s.value().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String text = null;
        if (call.has("raw") && (v instanceof Value.ListV || v instanceof dev.nuebpf.runtime.Record)) {
            throw new ShellException(dev.nuebpf.diag.Diagnostic.builder("nu::shell::unsupported_input", "Unsupported input")
                    .label(call.head(), "cannot save " + v.typeName() + " to this file: no `to` converter matches the file's extension. "
                            + "Serialize it first, e.g. `... | to json | save <file>`").build());
        }
        if (!call.has("raw")) {
            String name = p.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (dot > 0) text = dev.nuebpf.stdlib.formats.Formats.write(name.substring(dot + 1), v, call.head());
        }
        if (text == null) {
            if (v instanceof Value.ListV l && l.items().stream().allMatch(x -> x instanceof Value.Binary)) {
                var out = new java.io.ByteArrayOutputStream();
                for (Value x : l.items()) out.writeBytes(((Value.Binary) x).bytes());
                return out.toByteArray();
            }
            text = dev.nuebpf.stdlib.formats.Formats.text(v);
        }
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
