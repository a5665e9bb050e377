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
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

/** {@code split row}: splits each string into rows; a list of strings becomes one flat list (lazily for streams). */
public final class SplitRowCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("split row", Category.STRINGS)
                .description("Split text into a list of strings at a separator.")
                .required("separator", SyntaxShape.STRING, "The separator (a regex with --regex).")
                .named("number", SyntaxShape.INT, "Split into at most this many pieces.", 'n')
                .switchFlag("right", "With --number, count the pieces from the right.", null)
                .switchFlag("regex", "Treat the separator as a regular expression.", 'r')
                .io("string", "list<string>").io("list<string>", "list<string>")
                .searchTerms("separate", "divide", "regex");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Split at a separator", "'a--b--c' | split row '--'", list("a", "b", "c")),
                Example.of("An empty separator splits between characters", "'abc' | split row ''", list("", "a", "b", "c", "")),
                Example.of("Split at a regex", "'a   b       c' | split row -r '\\s+'", list("a", "b", "c")),
                Example.of("At most two pieces", "'a-b-c' | split row --number 2 '-'", list("a", "b-c")),
                Example.of("Two pieces from the right", "'a-b-c' | split row --number 2 --right '-'", list("a-b", "c")));
    }

    static Value list(String... s) { return new Value.ListV(java.util.Arrays.stream(s).map(x -> (Value) Value.of(x)).toList()); }

    @Override public PipelineData run(Call call, PipelineData input) {
        Pattern p = separator(call);
        // an external's output is one text, not lines
        if (input instanceof PipelineData.ByteStream) input = PipelineData.of(input.collect());
        int limit = limit(call);
        boolean right = call.has("right");
        if (input instanceof PipelineData.Single s && s.value() instanceof Value.Str str) {
            return PipelineData.of(toList(Splitter.split(str.value(), p, limit, right)));
        }
        Iterator<Value> src = input.iterator();
        return PipelineData.stream(new Iterator<>() {
            Iterator<String> cur = Collections.emptyIterator();
            public boolean hasNext() {
                while (!cur.hasNext() && src.hasNext()) cur = Splitter.split(Operate.str(call, src.next()), p, limit, right).iterator();
                return cur.hasNext();
            }
            public Value next() {
                if (!hasNext()) throw new NoSuchElementException();
                return Value.of(cur.next());
            }
        }, call.head());
    }

    static Pattern separator(Call call) {
        String sep = call.stringArg(0);
        return call.has("regex") ? Regexes.compile(sep, call.positionalSpan(0)).pattern() : Pattern.compile(Pattern.quote(sep));
    }

    static int limit(Call call) {
        Long n = call.intFlag("number");
        if (n == null) return -1;
        if (n < 0) throw Errors.incorrectValue("number must be positive", call.flagSpan("number"));
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    static Value toList(List<String> parts) {
        List<Value> out = new ArrayList<>(parts.size());
        for (String s : parts) out.add(Value.of(s));
        return new Value.ListV(out);
    }
}
