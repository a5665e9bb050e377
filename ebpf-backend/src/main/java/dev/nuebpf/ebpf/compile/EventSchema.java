package dev.nuebpf.ebpf.compile;

import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The layout of every event a probe emits, recorded at compile time so user space decodes events without guessing.
 * A scalar emit ({@code bpf-tgid | bpf-emit}) has one field named {@code value} and {@code scalar} true; it still
 * decodes to the record {@code {value: x}}. Fields are 8-byte aligned; {@code size} is the record size in bytes.
 */
public record EventSchema(List<Field> fields, boolean scalar, int size) {

    public record Field(String name, FieldKind kind, int offset, int size) {}

    public EventSchema {
        fields = List.copyOf(fields);
    }

    /** Decodes one event from {@code data[offset ..]}, which must hold at least {@link #size()} bytes. */
    public Record decode(byte[] data, int offset) {
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        Record.Builder r = Record.builder();
        for (Field f : fields) {
            int at = offset + f.offset();
            Value v = switch (f.kind()) {
                case INT -> Value.of(b.getLong(at));
                case BOOL -> Value.of(b.getLong(at) != 0);
                case COMM, STRING -> Value.of(cString(data, at, f.size()));
            };
            r.put(f.name(), v);
        }
        return r.build();
    }

    public Record decode(byte[] data) { return decode(data, 0); }

    /** The bytes up to the first NUL (or {@code max}) as UTF-8, invalid sequences replaced. */
    public static String cString(byte[] data, int at, int max) {
        int end = at;
        while (end < at + max && end < data.length && data[end] != 0) end++;
        return new String(data, at, end - at, StandardCharsets.UTF_8);
    }
}
