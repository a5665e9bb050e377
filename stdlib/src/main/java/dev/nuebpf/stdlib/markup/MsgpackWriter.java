package dev.nuebpf.stdlib.markup;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.ValueDisplay;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.Values;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * MessagePack encoding of nu values in the smallest form for each number, like rmp does; dates use the
 * timestamp extension (-1), durations and filesizes their integer count, ranges their items.
 */
final class MsgpackWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean serialize;
    private final Span span;

    MsgpackWriter(boolean serialize, Span span) {
        this.serialize = serialize;
        this.span = span;
    }

    byte[] bytes() { return out.toByteArray(); }

    void write(Value v) {
        switch (v) {
            case Value.Nothing n -> out.write(0xc0);
            case Value.Bool b -> out.write(b.value() ? 0xc3 : 0xc2);
            case Value.Int i -> integer(i.value());
            case Value.Duration d -> integer(d.nanos());
            case Value.Filesize f -> integer(f.bytes());
            case Value.Float f -> { out.write(0xcb); be(Double.doubleToRawLongBits(f.value()), 8); }
            case Value.Str s -> string(s.value());
            case Value.Glob g -> string(g.pattern());
            case Value.Binary b -> binary(b.bytes());
            case Value.Date d -> timestamp(d.value().toEpochSecond(), d.value().getNano());
            case Value.ListV l -> array(l.items());
            case Value.RangeV r -> {
                List<Value> items = new ArrayList<>();
                Values.iterate(r).forEachRemaining(items::add);
                array(items);
            }
            case Value.CellPathV c -> {
                List<Value> items = new ArrayList<>();
                for (var m : c.members()) items.add(m.isIndex() ? Value.of(m.index()) : Value.of(m.name()));
                array(items);
            }
            case Record r -> {
                header(r.size(), 0x80, 0xde, 0xdf, 15);
                for (int i = 0; i < r.size(); i++) {
                    string(r.keys().get(i));
                    write(r.values().get(i));
                }
            }
            case Value.ClosureV c -> {
                if (!serialize) throw ShellException.of("nu::shell::unsupported_input", "Unsupported input", span,
                        "closures are currently not deserializable (use --serialize to serialize as a string)");
                string(c.ast() == null ? "<closure>" : c.ast().span().text());
            }
            case Value.ErrorV e -> throw new ShellException(e.diagnostic());
            default -> string(ValueDisplay.toText(v));
        }
    }

    private void array(List<Value> items) {
        header(items.size(), 0x90, 0xdc, 0xdd, 15);
        for (Value x : items) write(x);
    }

    private void header(int n, int fix, int c16, int c32, int fixMax) {
        if (n <= fixMax) out.write(fix | n);
        else if (n < 65536) { out.write(c16); be(n, 2); }
        else { out.write(c32); be(n, 4); }
    }

    private void string(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int n = b.length;
        if (n < 32) out.write(0xa0 | n);
        else if (n < 256) { out.write(0xd9); out.write(n); }
        else if (n < 65536) { out.write(0xda); be(n, 2); }
        else { out.write(0xdb); be(n, 4); }
        out.writeBytes(b);
    }

    private void binary(byte[] b) {
        int n = b.length;
        if (n < 256) { out.write(0xc4); out.write(n); }
        else if (n < 65536) { out.write(0xc5); be(n, 2); }
        else { out.write(0xc6); be(n, 4); }
        out.writeBytes(b);
    }

    private void integer(long v) {
        if (v >= 0) {
            if (v < 128) out.write((int) v);
            else if (v < 256) { out.write(0xcc); out.write((int) v); }
            else if (v < 65536) { out.write(0xcd); be(v, 2); }
            else if (v < 4294967296L) { out.write(0xce); be(v, 4); }
            else { out.write(0xcf); be(v, 8); }
        } else {
            if (v >= -32) out.write((int) (v & 0xff));
            else if (v >= Byte.MIN_VALUE) { out.write(0xd0); be(v, 1); }
            else if (v >= Short.MIN_VALUE) { out.write(0xd1); be(v, 2); }
            else if (v >= Integer.MIN_VALUE) { out.write(0xd2); be(v, 4); }
            else { out.write(0xd3); be(v, 8); }
        }
    }

    private void timestamp(long seconds, int nanos) {
        if (seconds >> 34 == 0) {
            long packed = ((long) nanos << 34) | seconds;
            if (nanos == 0 && seconds >> 32 == 0) { out.write(0xd6); out.write(0xff); be(seconds, 4); }
            else { out.write(0xd7); out.write(0xff); be(packed, 8); }
        } else {
            out.write(0xc7); out.write(12); out.write(0xff);
            be(nanos, 4);
            be(seconds, 8);
        }
    }

    private void be(long v, int n) {
        for (int i = n - 1; i >= 0; i--) out.write((int) (v >>> (8 * i)) & 0xff);
    }
}
