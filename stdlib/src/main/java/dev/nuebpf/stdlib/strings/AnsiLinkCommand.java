package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/** {@code ansi link}: wraps a URL in the OSC 8 escape so terminals show it as a clickable link. */
public final class AnsiLinkCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("ansi link", Category.STRINGS)
                .description("Add a link (using OSC 8 escape sequence) to the given string.")
                .named("text", SyntaxShape.STRING, "Link text. Uses uri as text if absent.", 't')
                .io("string", "string").io("list<string>", "list<string>")
                .searchTerms("hyperlink", "osc");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Link a URL with its own text", "'https://www.nushell.sh/' | ansi link",
                        Value.of("\u001b]8;;https://www.nushell.sh/\u001b\\https://www.nushell.sh/\u001b]8;;\u001b\\")),
                Example.of("Link a URL with other text", "'https://www.nushell.sh/' | ansi link --text 'Nushell'",
                        Value.of("\u001b]8;;https://www.nushell.sh/\u001b\\Nushell\u001b]8;;\u001b\\")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String text = call.stringFlag("text");
        Value v = input.collect();
        if (v instanceof Value.ListV l) {
            List<Value> out = new ArrayList<>();
            for (Value x : l.items()) out.add(link(x, text, call));
            return PipelineData.of(new Value.ListV(out));
        }
        return PipelineData.of(link(v, text, call));
    }

    private static Value link(Value v, String text, Call call) {
        String url = Errors.expectString(v, call.inputSpan() != null ? call.inputSpan() : call.head());
        return Value.of("\u001b]8;;" + url + "\u001b\\" + (text == null ? url : text) + "\u001b]8;;\u001b\\");
    }
}
