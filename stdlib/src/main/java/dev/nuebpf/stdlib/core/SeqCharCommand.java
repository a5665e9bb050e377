package dev.nuebpf.stdlib.core;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import dev.nuebpf.runtime.Values;
import dev.nuebpf.stdlib.common.CellPathOps;
import dev.nuebpf.stdlib.common.Closures;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.stdlib.common.TypeNames;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
/** {@code seq char}: the ASCII characters from start to end, counting down when end comes first. */
public final class SeqCharCommand implements Command {
    private final Signature sig = Signature.build("seq char", Category.CORE)
            .description("Print a sequence of ASCII characters.")
            .required("start", SyntaxShape.STRING, "Start of character sequence (inclusive).")
            .required("end", SyntaxShape.STRING, "End of character sequence (inclusive).")
            .io("nothing", "list<string>");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Letters a to e", "seq char a e", strs("a", "b", "c", "d", "e")),
                Example.of("Counting down", "seq char c a", strs("c", "b", "a")),
                Example.of("Join the letters", "seq char a e | str join '|'", s("a|b|c|d|e")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        char from = single(call, 0), to = single(call, 1);
        List<Value> out = new ArrayList<>();
        int step = from <= to ? 1 : -1;
        for (int c = from; ; c += step) {
            out.add(Value.of(String.valueOf((char) c)));
            if (c == to) break;
        }
        return Inputs.list(out);
    }

    private static char single(Call call, int i) {
        String s = call.stringArg(i);
        if (s.length() != 1 || s.charAt(0) > 127)
            throw ShellErrors.generic("seq char only accepts individual ASCII characters as parameters", "input should be a single ASCII character",
                    call.positionalSpan(i));
        return s.charAt(0);
    }
}
