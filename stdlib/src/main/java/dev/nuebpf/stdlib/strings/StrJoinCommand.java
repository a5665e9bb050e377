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
        // an external's output is one text, not lines
        if (input instanceof PipelineData.ByteStream) input = PipelineData.of(input.collect());
        String sep = sepV == null ? "" : call.stringArg(0);
        Iterator<Value> it = input.iterator();
        // nu joins a stream into a string stream (describe says "string (stream)"); values join eagerly
        if (input instanceof PipelineData.Stream st) return new PipelineData.ByteStream(new JoinStream(it, sep), null, st.span());
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        while (it.hasNext()) {
            if (!first) sb.append(sep);
            first = false;
            sb.append(text(it.next()));
        }
        return PipelineData.of(Value.of(sb.toString()));
    }

    static String text(Value v) {
        if (v instanceof Value.ErrorV e) throw new dev.nuebpf.command.ShellException(e.diagnostic(), e.raw());
        return ValueDisplay.toText(v);
    }

    /** The UTF-8 bytes of the joined items, produced as they are read. */
    private static final class JoinStream extends java.io.InputStream {
        private final Iterator<Value> items;
        private final String sep;
        private byte[] chunk = new byte[0];
        private int pos;
        private boolean first = true;

        JoinStream(Iterator<Value> items, String sep) {
            this.items = items;
            this.sep = sep;
        }

        private boolean fill() {
            while (pos >= chunk.length) {
                if (!items.hasNext()) return false;
                String piece = (first ? "" : sep) + text(items.next());
                first = false;
                chunk = piece.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                pos = 0;
            }
            return true;
        }

        @Override public int read() {
            return fill() ? chunk[pos++] & 0xff : -1;
        }

        @Override public int read(byte[] b, int off, int len) {
            if (len == 0) return 0;
            if (!fill()) return -1;
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
