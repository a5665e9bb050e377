package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.stdlib.strings.Operate;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.syntax.SyntaxShape;

/** Base of the {@code bytes} commands that turn each binary into one value, with cell paths like the str commands. */
public abstract class BinMapCommand implements Command {

    /** The result for one binary; commands that override run need not implement it. */
    protected Value apply(byte[] b, Call call) {
        throw new IllegalStateException(name() + " must override apply or run");
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return Operate.map(input, call, v -> apply(bin(call, v), call));
    }

    static byte[] bin(Call call, Value v) {
        if (v instanceof Value.Binary b) return b.bytes();
        if (v instanceof Value.ErrorV e) throw Operate.propagate(e);
        throw ShellErrors.unsupportedInput("binary", v, call.head(), null);
    }

    /** A binary argument (nu accepts only binary here). */
    static byte[] binArg(Call call, int i) {
        Value v = call.req(i);
        if (v instanceof Value.Binary b) return b.bytes();
        throw dev.nuebpf.command.Errors.typeMismatch("binary", v, call.positionalSpan(i));
    }

    protected static Signature sig(String name, String description, String out, boolean lists) {
        Signature s = Signature.build(name, Category.STRINGS)
                .description(description)
                .io("binary", out).io("table", "table").io("record", "record");
        if (lists) s.io("list<binary>", "list<" + out + ">");
        return s;
    }

    protected static Signature withRest(Signature s) {
        return s.rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, operate on binaries at the given cell paths.");
    }

    /** Index of {@code pat} in {@code b} at or after {@code from}, or -1. */
    static int indexOf(byte[] b, byte[] pat, int from) {
        outer:
        for (int i = Math.max(0, from); i + pat.length <= b.length; i++) {
            for (int j = 0; j < pat.length; j++) if (b[i + j] != pat[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** Index of the last {@code pat} in {@code b} starting at or before {@code from}, or -1. */
    static int lastIndexOf(byte[] b, byte[] pat, int from) {
        outer:
        for (int i = Math.min(from, b.length - pat.length); i >= 0; i--) {
            for (int j = 0; j < pat.length; j++) if (b[i + j] != pat[j]) continue outer;
            return i;
        }
        return -1;
    }

    static Value.Binary binary(byte[] b) { return new Value.Binary(b); }
}
