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

/** {@code seq char}: the ASCII characters from one to another, inclusive, counting down if needed. */
public final class SeqCharCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("seq char", Category.STRINGS)
                .description("List the ASCII characters between two characters, inclusive.")
                .required("start", SyntaxShape.STRING, "First character of the sequence.")
                .required("end", SyntaxShape.STRING, "Last character of the sequence.")
                .io("nothing", "list<string>")
                .searchTerms("sequence", "alphabet", "ascii");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Letters a to e", "seq char a e", SplitRowCommand.list("a", "b", "c", "d", "e")),
                Example.of("Counting down", "seq char e a | str join ''", Value.of("edcba")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        char from = ascii(call, 0), to = ascii(call, 1);
        List<Value> out = new ArrayList<>();
        int step = from <= to ? 1 : -1;
        for (int c = from; ; c += step) {
            out.add(Value.of(String.valueOf((char) c)));
            if (c == to) break;
        }
        return PipelineData.of(new Value.ListV(out));
    }

    private static char ascii(Call call, int i) {
        String s = call.stringArg(i);
        if (s.length() != 1 || s.charAt(0) > 127) {
            throw Errors.generic("seq char only accepts individual ASCII characters as parameters", call.positionalSpan(i),
                    "input should be a single ASCII character");
        }
        return s.charAt(0);
    }
}
