package dev.nuebpf.runtime;

import dev.nuebpf.diag.Span;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What flows between pipeline stages: nothing, one value, a lazy stream of values (so
 * {@code 1..inf | each {..} | first 3} ends), or a byte stream from an external command.
 */
public sealed interface PipelineData {

    /** Collects into one value: a stream becomes a list, a byte stream a string (or binary if not UTF-8). */
    Value collect();

    /** Iterates the values: a list value or stream yields its items, a range its numbers, a single value itself. */
    Iterator<Value> iterator();

    Empty EMPTY = new Empty();

    static PipelineData of(Value v) { return new Single(v); }

    static PipelineData stream(Iterator<Value> it, Span span) { return new Stream(it, span); }

    final class Empty implements PipelineData {
        private Empty() {}
        public Value collect() { return Value.NOTHING; }
        public Iterator<Value> iterator() { return java.util.Collections.emptyIterator(); }
    }

    record Single(Value value) implements PipelineData {
        public Value collect() { return value; }
        public Iterator<Value> iterator() { return Values.iterate(value); }
    }

    /** A lazy stream of values; consume at most once. */
    record Stream(Iterator<Value> source, Span span) implements PipelineData {
        public Value collect() {
            List<Value> out = new ArrayList<>();
            source.forEachRemaining(out::add);
            return new Value.ListV(out);
        }
        public Iterator<Value> iterator() { return source; }
    }

    /**
     * Raw bytes (an external's stdout, {@code open --raw}). {@code exit} reports the producer's status
     * once the bytes are consumed; it may throw a ShellException for a failing external.
     */
    record ByteStream(InputStream bytes, Runnable exit, Span span) implements PipelineData {
        public Value collect() {
            byte[] data;
            try {
                data = bytes.readAllBytes();
            } catch (java.io.IOException e) {
                data = new byte[0];
            }
            if (exit != null) exit.run();
            if (bytes instanceof BinaryBytes) return new Value.Binary(data);
            java.nio.charset.CharsetDecoder dec = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
            try {
                String text = dec.decode(java.nio.ByteBuffer.wrap(data)).toString();
                if (bytes instanceof ExternalOutput) {
                    if (text.endsWith("\r\n")) text = text.substring(0, text.length() - 2);
                    else if (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
                }
                return new Value.Str(text);
            } catch (java.nio.charset.CharacterCodingException e) {
                return new Value.Binary(data);
            }
        }
        /** Lines of text, as Nushell streams an external's output into a value pipeline. */
        public Iterator<Value> iterator() {
            if (bytes instanceof BinaryBytes b) return b.chunks();
            Value v = collect();
            if (v instanceof Value.Str s) {
                List<Value> lines = new ArrayList<>();
                for (String l : s.value().split("\\r?\\n", -1)) lines.add(new Value.Str(l));
                if (!lines.isEmpty() && ((Value.Str) lines.get(lines.size() - 1)).value().isEmpty()) lines.remove(lines.size() - 1);
                return lines.iterator();
            }
            return List.of(v).iterator();
        }
    }
}
