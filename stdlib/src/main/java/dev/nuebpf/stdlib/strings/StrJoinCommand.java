package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.format.ValueDisplay;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.Iterator;
import java.util.List;

/** {@code str join}: the items' text forms joined by an optional separator. */
public final class StrJoinCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("str join", Category.STRINGS)
                .description("Join the items of a list into one string, with an optional separator.")
                .optional("separator", SyntaxShape.STRING, "Text to put between the items.")
                .io("list<any>", "string").io("string", "string")
                .searchTerms("collect", "concatenate");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Join without separator", "['nu', 'shell'] | str join", Value.of("nushell")),
                Example.of("Join with a separator", "['nu', 'shell'] | str join '-'", Value.of("nu-shell")),
                Example.of("Non-strings are shown as text", "[1 null 2.5 true] | str join ','", Value.of("1,,2.5,true")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value sepV = call.positional(0);
        String sep = sepV == null ? "" : call.stringArg(0);
        StringBuilder sb = new StringBuilder();
        Iterator<Value> it = input.iterator();
        boolean first = true;
        while (it.hasNext()) {
            Value v = it.next();
            if (v instanceof Value.ErrorV e) throw new dev.nuebpf.command.ShellException(e.diagnostic(), e.raw());
            if (!first) sb.append(sep);
            first = false;
            sb.append(ValueDisplay.toText(v));
        }
        return PipelineData.of(Value.of(sb.toString()));
    }
}
