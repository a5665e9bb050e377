package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.stdlib.strings.Operate;
import dev.nuebpf.syntax.SyntaxShape;

/**
 * Base for the bytes commands that turn each binary into one value: they accept a binary, a list of
 * binaries, or a record/table plus cell paths naming the cells to change, like Nushell's bytes family.
 */
abstract class BytesMapCommand implements Command {

    /** The result for one binary value. */
    protected abstract Value apply(byte[] data, Call call);

    /** Checks the arguments once per call, before any input is touched (empty patterns and such). */
    protected void validate(Call call) {}

    @Override public PipelineData run(Call call, PipelineData input) {
        validate(call);
        return Operate.map(input, call, v -> apply(binary(call, v), call));
    }

    static byte[] binary(Call call, Value v) {
        if (v instanceof Value.Binary b) return b.bytes();
        throw ShellErrors.unsupportedInput("binary", v, call.head(), null);
    }

    /** The signature shape the family shares: cell-path rest and the binary/table/record io pairs. */
    protected static Signature sig(String name, String description, String out) {
        return Signature.build(name, Category.MISC)
                .description(description)
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, operate on the binaries at the given cell paths.")
                .io("binary", out)
                .io("list<binary>", "list<" + out + ">")
                .io("table", "table")
                .io("record", "record");
    }
}
