package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.stdlib.strings.Operate;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.Arrays;
import java.util.List;

/** {@code bytes starts-with} and {@code bytes ends-with}: whether binary data begins or ends with a pattern. */
public final class BytesAffixCommand extends BinMapCommand {
    private final boolean end;

    public BytesAffixCommand(boolean end) { this.end = end; }

    @Override public Signature signature() {
        String name = end ? "bytes ends-with" : "bytes starts-with";
        return withRest(sig(name, "Check whether binary data " + (end ? "ends" : "starts") + " with a pattern.", "bool", false)
                .required("pattern", SyntaxShape.BINARY, "The bytes to match.")).searchTerms("pattern", "match");
    }

    @Override public List<Example> examples() {
        String n = end ? "bytes ends-with" : "bytes starts-with";
        return List.of(
                Example.of("A matching pattern", "0x[1F FF AA AA] | " + n + (end ? " 0x[FF AA AA]" : " 0x[1F FF AA]"), Value.of(true)),
                Example.of("A pattern that does not match", "0x[1F FF AA AA] | " + n + " 0x[11]", Value.of(false)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        byte[] pat = binArg(call, 0);
        return Operate.map(input, call, v -> {
            byte[] b = bin(call, v);
            if (pat.length > b.length) return Value.of(false);
            int at = end ? b.length - pat.length : 0;
            return Value.of(Arrays.equals(b, at, at + pat.length, pat, 0, pat.length));
        });
    }
}
