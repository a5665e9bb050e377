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

/** {@code open}: reads a file; known extensions (json, nuon, csv, tsv, yaml, toml) are parsed unless --raw. */
public final class OpenCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("open", Category.FILESYSTEM)
                .description("Load a file into a cell, converting to table if possible (avoid by appending '--raw').")
                .rest("files", SyntaxShape.GLOB, "The file(s) to open.")
                .switchFlag("raw", "open file as raw binary", 'r')
                .io("nothing", "any").io("string", "any");
    }

    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("Open a file, with structure (based on file extension or SQLite database header)", "open myfile.json"),
                Example.parseOnly("Open a file, as raw bytes", "open myfile.json --raw"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        List<String> names = new ArrayList<>();
        List<dev.nuebpf.diag.Span> spans = new ArrayList<>();
        for (int i = 0; i < call.rest().size(); i++) {
            names.add(Errors.expectString(call.rest().get(i), call.restSpans().get(i)));
            spans.add(call.restSpans().get(i));
        }
        if (names.isEmpty()) {
            Value in = input.collect();
            if (in instanceof Value.Str s) { names.add(s.value()); spans.add(call.head()); }
            else throw Errors.missingPositional("files", call.head());
        }
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            List<Path> files;
            try {
                files = Globs.expand(names.get(i), call.engine().cwd(), false, Integer.MAX_VALUE);
            } catch (IOException e) {
                throw FsErrors.io(e, names.get(i), spans.get(i));
            }
            if (files.isEmpty()) throw FsErrors.notFound(names.get(i), spans.get(i));
            for (Path p : files) out.add(open(call, p, spans.get(i)));
        }
        return PipelineData.of(out.size() == 1 ? out.get(0) : new Value.ListV(out));
    }

    private static Value open(Call call, Path p, dev.nuebpf.diag.Span span) {
        if (Files.isDirectory(p)) throw ShellException.of("nu::shell::io::is_a_directory", "Is a directory", span, "`" + p + "` is a directory");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (IOException e) {
            throw FsErrors.io(e, p.toString(), span);
        }
        String text;
        try {
            text = java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new Value.Binary(bytes);
        }
        if (call.has("raw")) return Value.of(text);
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            Value parsed = dev.nuebpf.stdlib.formats.Formats.parse(name.substring(dot + 1), text, span);
            if (parsed != null) return parsed;
        }
        return Value.of(text);
    }
}
