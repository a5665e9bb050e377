package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.BinaryBytes;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.syntax.SyntaxShape;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/**
 * {@code bytes collect}: concatenates a list or stream of binaries, with an optional separator between
 * them. Like Nushell the result is a binary byte stream, produced lazily so an endless input still works
 * with a consumer that stops early.
 */
public final class BytesCollectCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("bytes collect", Category.MISC)
                .description("Concatenate multiple binary into a single binary, with an optional separator between each.")
                .optional("separator", SyntaxShape.BINARY, "Optional separator to use when creating binary.")
                .io("list<binary>", "binary").io("table", "binary")
                .searchTerms("join", "concatenate");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Create a byte array from input", "[0x[11] 0x[13 15]] | bytes collect", new Value.Binary(java.util.HexFormat.of().parseHex("111315"))),
                Example.of("Create a byte array from input with a separator", "[0x[11] 0x[33] 0x[44]] | bytes collect 0x[01]", new Value.Binary(java.util.HexFormat.of().parseHex("1101330144"))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value sepArg = call.positional(0);
        byte[] sep;
        if (sepArg == null || sepArg == Value.NOTHING) sep = new byte[0];
        else if (sepArg instanceof Value.Binary b) sep = b.bytes();
        else throw ShellErrors.typeMismatch("expected binary, found " + sepArg.typeName(), call.positionalSpan(0));
        Iterator<Value> items;
        if (input instanceof PipelineData.Single s && s.value() instanceof Value.ListV l) items = l.items().iterator();
        else if (input instanceof PipelineData.Stream st) items = st.source();
        else if (input instanceof PipelineData.Empty) items = java.util.Collections.emptyIterator();
        else {
            Value v = input.collect();
            throw ShellErrors.unsupportedInput("list<binary> and table", v, call.head(), null);
        }
        return new PipelineData.ByteStream(new Joined(items, sep, call), null, call.head());
    }

    /** Pulls one binary at a time from the items, putting the separator between them. */
    private static final class Joined extends InputStream implements BinaryBytes {
        private final Iterator<Value> items;
        private final byte[] sep;
        private final Call call;
        private byte[] chunk = new byte[0];
        private int pos;
        private boolean first = true;

        Joined(Iterator<Value> items, byte[] sep, Call call) { this.items = items; this.sep = sep; this.call = call; }

        private boolean fill() {
            while (pos >= chunk.length) {
                if (!items.hasNext()) return false;
                Value v = items.next();
                if (!(v instanceof Value.Binary b)) throw ShellErrors.unsupportedInput("binary", v, call.head(), null);
                byte[] data = b.bytes();
                if (first || sep.length == 0) {
                    chunk = data;
                } else {
                    chunk = new byte[sep.length + data.length];
                    System.arraycopy(sep, 0, chunk, 0, sep.length);
                    System.arraycopy(data, 0, chunk, sep.length, data.length);
                }
                first = false;
                pos = 0;
            }
            return true;
        }

        @Override public Iterator<Value> chunks() {
            return new Iterator<>() {
                public boolean hasNext() { return fill(); }
                public Value next() {
                    if (!fill()) throw new java.util.NoSuchElementException();
                    byte[] out = pos == 0 ? chunk : java.util.Arrays.copyOfRange(chunk, pos, chunk.length);
                    pos = chunk.length;
                    return new Value.Binary(out);
                }
            };
        }

        @Override public int read() {
            return fill() ? chunk[pos++] & 0xFF : -1;
        }

        @Override public int read(byte[] buf, int off, int len) {
            if (len == 0) return 0;
            if (!fill()) return -1;
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, buf, off, n);
            pos += n;
            return n;
        }
    }
}
