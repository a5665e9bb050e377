package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.Nuon;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.Values;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** MessagePack encoding and decoding (smallest int/str/array/map forms; dates as the timestamp extension, type -1). */
final class MsgPack {
    private MsgPack() {}

    static byte[] write(Value v, boolean serialize, Span span) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, v, serialize, span);
        return out.toByteArray();
    }

    private static void be(ByteArrayOutputStream out, long v, int bytes) {
        for (int i = bytes - 1; i >= 0; i--) out.write((int) (v >>> (8 * i)) & 0xff);
    }

    private static void write(ByteArrayOutputStream out, Value v, boolean serialize, Span span) {
        switch (v) {
            case Value.Nothing n -> out.write(0xc0);
            case Value.Bool b -> out.write(b.value() ? 0xc3 : 0xc2);
            case Value.Int i -> integer(out, i.value());
            case Value.Duration d -> integer(out, d.nanos());
            case Value.Filesize f -> integer(out, f.bytes());
            case Value.Float f -> { out.write(0xcb); be(out, Double.doubleToLongBits(f.value()), 8); }
            case Value.Str s -> string(out, s.value());
            case Value.Glob g -> string(out, g.pattern());
            case Value.CellPathV c -> string(out, Nuon.cellPath(c.members()));
            case Value.Binary b -> {
                int n = b.bytes().length;
                if (n < 256) { out.write(0xc4); out.write(n); } else if (n < 65536) { out.write(0xc5); be(out, n, 2); } else { out.write(0xc6); be(out, n, 4); }
                out.writeBytes(b.bytes());
            }
            case Value.Date d -> timestamp(out, d.value().toInstant());
            case Value.RangeV r -> {
                List<Value> items = new ArrayList<>();
                Values.iterate(r).forEachRemaining(items::add);
                write(out, new Value.ListV(items), serialize, span);
            }
            case Value.ListV l -> {
                int n = l.items().size();
                if (n < 16) out.write(0x90 | n); else if (n < 65536) { out.write(0xdc); be(out, n, 2); } else { out.write(0xdd); be(out, n, 4); }
                for (Value x : l.items()) write(out, x, serialize, span);
            }
            case Record r -> {
                int n = r.size();
                if (n < 16) out.write(0x80 | n); else if (n < 65536) { out.write(0xde); be(out, n, 2); } else { out.write(0xdf); be(out, n, 4); }
                for (int i = 0; i < n; i++) {
                    string(out, r.keys().get(i));
                    write(out, r.values().get(i), serialize, span);
                }
            }
            case Value.ClosureV c -> {
                if (!serialize) throw new ShellException(Diagnostic.builder("nu::shell::unsupported_input", "Unsupported input")
                        .label(span, "closures are currently not deserializable (use --serialize to serialize as a string)").build());
                string(out, c.ast() == null ? "<closure>" : c.ast().span().text());
            }
            case Value.ErrorV e -> throw new ShellException(e.diagnostic());
            case Value.Custom c -> string(out, dev.nuebpf.format.ValueDisplay.toText(c));
        }
    }

    private static void integer(ByteArrayOutputStream out, long v) {
        if (v >= 0) {
            if (v < 128) out.write((int) v);
            else if (v < 256) { out.write(0xcc); be(out, v, 1); }
            else if (v < 65536) { out.write(0xcd); be(out, v, 2); }
            else if (v < 4294967296L) { out.write(0xce); be(out, v, 4); }
            else { out.write(0xcf); be(out, v, 8); }
        } else {
            if (v >= -32) out.write((int) (v & 0xff));
            else if (v >= -128) { out.write(0xd0); be(out, v, 1); }
            else if (v >= -32768) { out.write(0xd1); be(out, v, 2); }
            else if (v >= Integer.MIN_VALUE) { out.write(0xd2); be(out, v, 4); }
            else { out.write(0xd3); be(out, v, 8); }
        }
    }

    private static void string(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int n = b.length;
        if (n < 32) out.write(0xa0 | n);
        else if (n < 256) { out.write(0xd9); out.write(n); }
        else if (n < 65536) { out.write(0xda); be(out, n, 2); }
        else { out.write(0xdb); be(out, n, 4); }
        out.writeBytes(b);
    }

    private static void timestamp(ByteArrayOutputStream out, Instant t) {
        long sec = t.getEpochSecond();
        int nano = t.getNano();
        if (nano == 0 && sec >= 0 && sec < 4294967296L) { out.write(0xd6); out.write(0xff); be(out, sec, 4); }
        else if (sec >= 0 && sec < (1L << 34)) { out.write(0xd7); out.write(0xff); be(out, ((long) nano << 34) | sec, 8); }
        else { out.write(0xc7); out.write(12); out.write(0xff); be(out, nano, 4); be(out, sec, 8); }
    }

    // ---- reading ---------------------------------------------------------------------------------

    static List<Value> read(byte[] data, Span span) {
        ByteBuffer buf = ByteBuffer.wrap(data);
        List<Value> out = new ArrayList<>();
        try {
            while (buf.hasRemaining()) out.add(value(buf));
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException e) {
            throw new ShellException(Diagnostic.builder("nu::shell::incorrect_value", "Incorrect value.")
                    .label(span, "MessagePack data is malformed or truncated").build());
        }
        return out;
    }

    private static long u(ByteBuffer b, int n) {
        long v = 0;
        for (int i = 0; i < n; i++) v = (v << 8) | (b.get() & 0xff);
        return v;
    }

    private static Value value(ByteBuffer b) {
        int t = b.get() & 0xff;
        if (t <= 0x7f) return Value.of((long) t);
        if (t >= 0xe0) return Value.of((long) (byte) t);
        if ((t & 0xf0) == 0x80) return map(b, t & 0x0f);
        if ((t & 0xf0) == 0x90) return array(b, t & 0x0f);
        if ((t & 0xe0) == 0xa0) return str(b, t & 0x1f);
        return switch (t) {
            case 0xc0 -> Value.NOTHING;
            case 0xc2 -> Value.of(false);
            case 0xc3 -> Value.of(true);
            case 0xc4, 0xc5, 0xc6 -> {
                byte[] bytes = new byte[(int) u(b, t == 0xc4 ? 1 : t == 0xc5 ? 2 : 4)];
                b.get(bytes);
                yield new Value.Binary(bytes);
            }
            case 0xc7, 0xc8, 0xc9 -> ext(b, (int) u(b, t == 0xc7 ? 1 : t == 0xc8 ? 2 : 4));
            case 0xca -> Value.of((double) Float.intBitsToFloat((int) u(b, 4)));
            case 0xcb -> Value.of(Double.longBitsToDouble(u(b, 8)));
            case 0xcc -> Value.of(u(b, 1));
            case 0xcd -> Value.of(u(b, 2));
            case 0xce -> Value.of(u(b, 4));
            case 0xcf -> Value.of(u(b, 8));
            case 0xd0 -> Value.of((long) b.get());
            case 0xd1 -> Value.of((long) b.getShort());
            case 0xd2 -> Value.of((long) b.getInt());
            case 0xd3 -> Value.of(b.getLong());
            case 0xd4 -> ext(b, 1);
            case 0xd5 -> ext(b, 2);
            case 0xd6 -> ext(b, 4);
            case 0xd7 -> ext(b, 8);
            case 0xd8 -> ext(b, 16);
            case 0xd9 -> str(b, (int) u(b, 1));
            case 0xda -> str(b, (int) u(b, 2));
            case 0xdb -> str(b, (int) u(b, 4));
            case 0xdc -> array(b, (int) u(b, 2));
            case 0xdd -> array(b, (int) u(b, 4));
            case 0xde -> map(b, (int) u(b, 2));
            case 0xdf -> map(b, (int) u(b, 4));
            default -> throw new IllegalArgumentException("unknown MessagePack type 0x" + Integer.toHexString(t));
        };
    }

    private static Value str(ByteBuffer b, int n) {
        byte[] bytes = new byte[n];
        b.get(bytes);
        return Value.of(new String(bytes, StandardCharsets.UTF_8));
    }

    private static Value array(ByteBuffer b, int n) {
        List<Value> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) items.add(value(b));
        return new Value.ListV(items);
    }

    private static Value map(ByteBuffer b, int n) {
        Record.Builder r = Record.builder();
        for (int i = 0; i < n; i++) {
            Value k = value(b);
            r.put(k instanceof Value.Str s ? s.value() : Nuon.write(k), value(b));
        }
        return r.build();
    }

    private static Value ext(ByteBuffer b, int n) {
        int type = b.get();
        byte[] data = new byte[n];
        b.get(data);
        if (type != -1) return new Value.Binary(data);
        ByteBuffer d = ByteBuffer.wrap(data);
        long sec;
        long nano = 0;
        if (n == 4) sec = d.getInt() & 0xffffffffL;
        else if (n == 8) {
            long x = d.getLong();
            nano = x >>> 34;
            sec = x & ((1L << 34) - 1);
        } else if (n == 12) {
            nano = d.getInt() & 0xffffffffL;
            sec = d.getLong();
        } else throw new IllegalArgumentException("bad timestamp length");
        return new Value.Date(Instant.ofEpochSecond(sec, nano).atZone(ZoneOffset.UTC));
    }
}
