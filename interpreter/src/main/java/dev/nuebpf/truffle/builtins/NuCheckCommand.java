package dev.nuebpf.truffle.builtins;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Source;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.ParseResult;
import dev.nuebpf.syntax.SyntaxShape;
import dev.nuebpf.truffle.EngineImpl;
import dev.nuebpf.truffle.NuContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code nu-check}: parses a script (or module) without running it; true when it parses. */
public final class NuCheckCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("nu-check", Category.CORE)
                .description("Validate and parse input content.")
                .optional("path", SyntaxShape.FILEPATH, "File path to parse.")
                .switchFlag("as-module", "Parse content as module", 'm')
                .switchFlag("debug", "Show error messages", 'd')
                .io("string", "bool").io("nothing", "bool");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Parse a string as a script", "'def f [] { 1 }' | nu-check", Value.of(true)),
                Example.of("A syntax error gives false", "'def f [ { 1 }' | nu-check", Value.of(false)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        NuContext ctx = ((EngineImpl) call.engine()).context();
        String name, text;
        Value path = call.positional(0);
        if (path != null) {
            Path p = ctx.cwd().resolve(dev.nuebpf.format.ValueDisplay.toText(path));
            try {
                text = Files.readString(p);
            } catch (IOException e) {
                throw ShellException.of("nu::shell::file_not_found", "File not found", call.positionalSpan(0),
                        "Could not access file '" + p + "'");
            }
            name = p.toString();
        } else {
            Value v = input.collect();
            if (!(v instanceof Value.Str s)) {
                throw ShellException.of("nu::shell::error", "Failed to parse content", call.head(), "expected a string or a path");
            }
            text = s.value();
            name = "nu-check";
        }
        Source src = new Source(name, text);
        var fresh = new dev.nuebpf.truffle.translate.Session();
        ParseResult r = call.has("as-module") ? ctx.parseModule(src, fresh) : ctx.parse(src, fresh);
        if (!r.ok() && call.has("debug")) throw new ShellException(r.errors().get(0));
        return PipelineData.of(Value.of(r.ok()));
    }
}
