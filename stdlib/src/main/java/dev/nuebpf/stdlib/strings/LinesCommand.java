package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * {@code lines}: splits text at \n (dropping a \r before it and a last empty line). Streams stay lazy: a
 * byte stream is read line by line, a stream of strings is split item by item.
 */
public final class LinesCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("lines", Category.STRINGS)
                .description("Split text into a list of lines.")
                .switchFlag("skip-empty", "Drop empty lines (of streamed input).", 's')
                .switchFlag("strict", "Split only at \\n, keeping \\r.", null)
                .io("any", "list<string>");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Split into lines", "\"two\\nlines\" | lines", SplitRowCommand.list("two", "lines")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean strict = call.has("strict");
        if (input instanceof PipelineData.Empty) return input;
        if (input instanceof PipelineData.Single s) {
            if (!(s.value() instanceof Value.Str str)) throw Operate.notString(call, s.value());
            // nu ignores --skip-empty for a single string value
            return PipelineData.of(SplitRowCommand.toList(split(str.value(), strict)));
        }
        boolean skip = call.has("skip-empty");
        Iterator<String> lines;
        if (input instanceof PipelineData.ByteStream bs) {
            lines = readLines(bs, strict);
        } else {
            Iterator<Value> src = input.iterator();
            lines = new Iterator<>() {
                Iterator<String> cur = Collections.emptyIterator();
                public boolean hasNext() {
                    while (!cur.hasNext() && src.hasNext()) cur = split(Operate.str(call, src.next()), strict).iterator();
                    return cur.hasNext();
                }
                public String next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    return cur.next();
                }
            };
        }
        Iterator<String> lns = lines;
        return PipelineData.stream(new Iterator<>() {
            String pending;
            public boolean hasNext() {
                while (pending == null && lns.hasNext()) {
                    String l = lns.next();
                    if (!(skip && l.isEmpty())) pending = l;
                }
                return pending != null;
            }
            public Value next() {
                if (!hasNext()) throw new NoSuchElementException();
                Value v = Value.of(pending);
                pending = null;
                return v;
            }
        }, call.head());
    }

    static List<String> split(String s, boolean strict) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < s.length()) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            String line = s.substring(start, end);
            if (!strict && line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            out.add(line);
            if (nl < 0) break;
            start = nl + 1;
        }
        return out;
    }

    private static Iterator<String> readLines(PipelineData.ByteStream bs, boolean strict) {
        BufferedReader r = new BufferedReader(new InputStreamReader(bs.bytes(), StandardCharsets.UTF_8));
        return new Iterator<>() {
            String next;
            boolean done;
            public boolean hasNext() {
                if (next != null) return true;
                if (done) return false;
                try {
                    StringBuilder sb = new StringBuilder();
                    int c;
                    while ((c = r.read()) >= 0 && c != '\n') sb.append((char) c);
                    if (c < 0) {
                        done = true;
                        if (bs.exit() != null) bs.exit().run();
                        if (sb.isEmpty()) return false;
                    }
                    String l = sb.toString();
                    if (!strict && l.endsWith("\r")) l = l.substring(0, l.length() - 1);
                    next = l;
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            public String next() {
                if (!hasNext()) throw new NoSuchElementException();
                String l = next;
                next = null;
                return l;
            }
        };
    }
}
