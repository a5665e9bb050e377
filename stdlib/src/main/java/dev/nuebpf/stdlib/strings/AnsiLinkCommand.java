package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code ansi link}: wraps a URL in the OSC 8 escape so terminals show it as a clickable link. */
public final class AnsiLinkCommand extends StrMapCommand {
    @Override public Signature signature() {
        return sig("ansi link", "Add a link (using OSC 8 escape sequence) to the given string.", "string")
                .named("text", SyntaxShape.STRING, "Link text. Uses uri as text if absent.", 't')
                .searchTerms("hyperlink", "osc");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Link a URL with its own text", "'https://www.nushell.sh/' | ansi link",
                        Value.of("\u001b]8;;https://www.nushell.sh/\u001b\\https://www.nushell.sh/\u001b]8;;\u001b\\")),
                Example.of("Link a URL with other text", "'https://www.nushell.sh/' | ansi link --text 'Nushell'",
                        Value.of("\u001b]8;;https://www.nushell.sh/\u001b\\Nushell\u001b]8;;\u001b\\")));
    }

    @Override protected Value apply(String url, Call call) {
        String text = call.stringFlag("text");
        return Value.of("\u001b]8;;" + url + "\u001b\\" + (text == null ? url : text) + "\u001b]8;;\u001b\\");
    }
}
