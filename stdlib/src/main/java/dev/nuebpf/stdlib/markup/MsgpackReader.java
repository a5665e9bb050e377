package dev.nuebpf.stdlib.markup;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Decodes MessagePack; maps need string keys, the timestamp extension becomes a UTC date. */
final class MsgpackReader {
    static final class MsgpackError extends RuntimeException {
        final String title;

        MsgpackError(String title, String label) {
            super(label);
            this.title = title;
        }
    }

    private final byte[] b;
    private int p;

    MsgpackReader(byte[] b) { this.b = b; }

    boolean atEnd() { return p >= b.length; }

    Value read() {
        int t = u8();
        if (t <= 0x7f) return Value.of(t);
        if (t >= 0xe0) return Value.of(t - 256);
        if ((t & 0xf0) == 0x80) return map(t & 0x0f);
        if ((t & 0xf0) == 0x90) return array(t & 0x0f);
        if ((t & 0xe0) == 0xa0) return str(t & 0x1f);
        return switch (t) {
            case 0xc0 -> Value.NOTHING;
            case 0xc2 -> Value.of(false);
            case 0xc3 -> Value.of(true);
            case 0xc4 -> new Value.Binary(take((int) be(1)));
            case 0xc5 -> new Value.Binary(take((int) be(2)));
            case 0xc6 -> new Value.Binary(take((int) be(4)));
            case 0xc7 -> ext((int) be(1));
            case 0xc8 -> ext((int) be(2));
            case 0xc9 -> ext((int) be(4));
            case 0xca -> Value.of((double) Float.intBitsToFloat((int) be(4)));
            case 0xcb -> Value.of(Double.longBitsToDouble(be(8)));
            case 0xcc -> Value.of(be(1));
            case 0xcd -> Value.of(be(2));
            case 0xce -> Value.of(be(4));
            case 0xcf -> {
                long v = be(8);
                if (v < 0) throw new MsgpackError("MessagePack integer too big", "integer is out of range for a nushell int");
                yield Value.of(v);
            }
            case 0xd0 -> Value.of((long) (byte) be(1));
            case 0xd1 -> Value.of((long) (short) be(2));
            case 0xd2 -> Value.of((long) (int) be(4));
            case 0xd3 -> Value.of(be(8));
            case 0xd4 -> ext(1);
            case 0xd5 -> ext(2);
            case 0xd6 -> ext(4);
            case 0xd7 -> ext(8);
            case 0xd8 -> ext(16);
            case 0xd9 -> str((int) be(1));
            case 0xda -> str((int) be(2));
            case 0xdb -> str((int) be(4));
            case 0xdc -> array((int) be(2));
            case 0xdd -> array((int) be(4));
            case 0xde -> map((int) be(2));
            case 0xdf -> map((int) be(4));
            default -> throw new MsgpackError("Error while decoding MessagePack data", "reserved marker 0x" + Integer.toHexString(t));
        };
    }

    private Value map(int n) {
        Record.Builder r = Record.builder();
        for (int i = 0; i < n; i++) {
            Value k = read();
            if (!(k instanceof Value.Str s))
                throw new MsgpackError("Invalid non-string value in MessagePack map", "only maps with string keys are supported");
            r.put(s.value(), read());
        }
        return r.build();
    }

    private Value array(int n) {
        List<Value> items = new ArrayList<>();
        for (int i = 0; i < n; i++) items.add(read());
        return new Value.ListV(items);
    }

    private Value str(int n) { return Value.of(new String(take(n), StandardCharsets.UTF_8)); }

    private Value ext(int n) {
        int type = (byte) u8();
        byte[] data = take(n);
        if (type != -1) throw new MsgpackError("Unknown MessagePack extension", "extension type " + type + " is not supported");
        MsgpackReader d = new MsgpackReader(data);
        long seconds;
        long nanos = 0;
        switch (n) {
            case 4 -> seconds = d.be(4);
            case 8 -> {
                long packed = d.be(8);
                nanos = packed >>> 34;
                seconds = packed & 0x3_ffff_ffffL;
            }
            case 12 -> {
                nanos = d.be(4);
                seconds = d.be(8);
            }
            default -> throw new MsgpackError("Invalid MessagePack timestamp", "timestamp extension has " + n + " bytes");
        }
        return new Value.Date(Instant.ofEpochSecond(seconds, nanos).atZone(ZoneOffset.UTC));
    }

    private int u8() {
        if (p >= b.length) throw new MsgpackError("Error while decoding MessagePack data", "unexpected end of data");
        return b[p++] & 0xff;
    }

    private byte[] take(int n) {
        if (n < 0 || p + n > b.length) throw new MsgpackError("Error while decoding MessagePack data", "unexpected end of data");
        byte[] out = Arrays.copyOfRange(b, p, p + n);
        p += n;
        return out;
    }

    private long be(int n) {
        long v = 0;
        for (int i = 0; i < n; i++) v = (v << 8) | u8();
        return v;
    }
}
