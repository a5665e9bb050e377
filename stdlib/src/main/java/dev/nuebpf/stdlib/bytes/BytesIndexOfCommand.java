package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.stdlib.strings.Operate;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/** {@code bytes index-of}: where a pattern occurs (-1 if not); --all lists every (non-overlapping) position. */
public final class BytesIndexOfCommand extends BinMapCommand {
    @Override public Signature signature() {
        return withRest(sig("bytes index-of", "Find where a pattern occurs in binary data.", "any", false)
                .required("pattern", SyntaxShape.BINARY, "The bytes to find.")
                .switchFlag("all", "List every position.", 'a')
                .switchFlag("end", "Search from the end.", 'e')).searchTerms("pattern", "match", "find", "search");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("First position", "0x[33 44 55 10 01 13 44 55] | bytes index-of 0x[44 55]", Value.of(1)),
                Example.of("Last position", "0x[33 44 55 10 01 13 44 55] | bytes index-of --end 0x[44 55]", Value.of(6)),
                Example.of("Every position", "0x[33 44 55 10 01 33 44 33 44] | bytes index-of --all 0x[33 44]",
                        new Value.ListV(List.of(Value.of(0), Value.of(5), Value.of(7)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        byte[] pat = binArg(call, 0);
        boolean all = call.has("all"), end = call.has("end");
        return Operate.map(input, call, v -> {
            byte[] b = bin(call, v);
            if (!all) return Value.of(end ? lastIndexOf(b, pat, b.length) : indexOf(b, pat, 0));
            List<Value> out = new ArrayList<>();
            if (end) {
                for (int i = lastIndexOf(b, pat, b.length); i >= 0; i = lastIndexOf(b, pat, i - Math.max(1, pat.length))) out.add(Value.of(i));
            } else {
                for (int i = indexOf(b, pat, 0); i >= 0; i = indexOf(b, pat, i + Math.max(1, pat.length))) out.add(Value.of(i));
            }
            return new Value.ListV(out);
        });
    }
}
