package dev.nuebpf.stdlib.markup;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import java.util.List;

/** {@code from md}: Markdown as simplified element rows, or with --verbose as the AST. */
public final class FromMdCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("from md", Category.FORMATS)
                .description("Convert markdown text into human-friendly structured rows. Use --verbose for the full AST.")
                .switchFlag("verbose", "Return the full AST with type, position, attrs, and children fields.", 'v')
                .io("string", "table");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Reduced mode promotes child rows; heading text is represented as a text element.", "'# Title' | from md | get 0.element", s("text")),
                Example.of("Get the text content of the first element.", "'# Title' | from md | get 0.content", s("Title")),
                Example.of("Parse markdown frontmatter as a dedicated yaml element.", "\"---\\ntitle: Demo\\n---\\n# A\" | from md | get 0.element", s("yaml")),
                Example.of("Use verbose mode for the full AST.", "'# Title' | from md --verbose | get 0.type", s("h1")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value v = input.collect();
        if (!(v instanceof Value.Str str)) throw Errors.unsupportedInput(call.commandName(), "string", v, call.head(), call.inputSpan());
        List<Value> ast = Markdown.parse(str.value());
        return PipelineData.of(new Value.ListV(call.has("verbose") ? ast : Markdown.reduce(ast, null)));
    }
}
