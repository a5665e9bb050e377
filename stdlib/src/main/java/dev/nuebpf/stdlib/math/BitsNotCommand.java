package dev.nuebpf.stdlib.math;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code bits not}: flips every bit of the value's word (see {@link Bits}) or of every byte. */
public final class BitsNotCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("bits not", Category.MATH)
                .description("Flip all the bits of a number or binary.")
                .switchFlag("signed", "Treat the value as a signed number.", 's')
                .named("number-bytes", SyntaxShape.INT, "The word size in bytes: 1, 2, 4 or 8.", 'n')
                .io("int", "int").io("binary", "binary").io("list<int>", "list<int>").io("list<binary>", "list<binary>")
                .searchTerms("negation");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Flip the bits of bytes", "[4 3 2] | bits not", MathExamples.list(251, 252, 253)),
                Example.of("In a two-byte word", "[4 3 2] | bits not --number-bytes 2", MathExamples.list(65531, 65532, 65533)),
                Example.of("Signed", "[4 3 2] | bits not --signed", MathExamples.list(-5, -4, -3)),
                Example.of("Flip a binary", "0x[ff 00 7f] | bits not", new Value.Binary(new byte[] {0, (byte) 0xff, (byte) 0x80})));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean signed = call.has("signed");
        Integer nb = Bits.numberBytes(call);
        return Bits.map(call, input, v -> {
            int width = nb != null ? nb : Bits.minimalWidth(v, signed);
            return Bits.narrow(~v, width, signed || v < 0, call);
        }, b -> {
            byte[] out = new byte[b.length];
            for (int i = 0; i < b.length; i++) out[i] = (byte) ~b[i];
            return out;
        });
    }
}
