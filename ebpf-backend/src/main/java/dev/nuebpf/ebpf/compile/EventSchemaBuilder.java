package dev.nuebpf.ebpf.compile;

import dev.nuebpf.diag.Span;
import java.util.ArrayList;
import java.util.List;

/** Derives the event layout from what bpf-emit receives and checks that every emit in a probe has the same one. */
final class EventSchemaBuilder {
    private EventSchema schema;
    private Span firstSpan;

    /** The layout for emitting {@code v}; the first emit fixes the probe's schema, later ones must agree. */
    EventSchema layoutFor(Val v, Span span, int stringBytes) {
        EventSchema s = derive(v, span, stringBytes);
        if (schema == null) {
            schema = s;
            firstSpan = span;
        } else if (!schema.equals(s)) {
            throw Diagnostics.unsupported(span, "this emits " + shape(s) + " but an earlier bpf-emit emits " + shape(schema),
                    "all events of one probe share one schema: emit the same record shape everywhere (use 0 for fields you lack)");
        }
        return schema;
    }

    EventSchema schema() { return schema; }

    private static EventSchema derive(Val v, Span span, int stringBytes) {
        if (v instanceof Val.Rec r) {
            List<EventSchema.Field> fs = new ArrayList<>();
            int off = 0;
            for (Val.Entry e : r.entries()) {
                FieldKind k = kindOf(e.value(), e.span());
                int size = size(k, e.value(), stringBytes);
                fs.add(new EventSchema.Field(e.name(), k, off, size));
                off += size;
            }
            if (fs.isEmpty()) throw Diagnostics.unsupported(span, "an empty record has nothing to emit", "emit at least one field");
            return new EventSchema(fs, false, off);
        }
        FieldKind k = kindOf(v, span);
        int size = size(k, v, stringBytes);
        return new EventSchema(List.of(new EventSchema.Field("value", k, 0, size)), true, size);
    }

    static FieldKind kindOf(Val v, Span span) {
        return switch (v) {
            case Val.Scalar s -> kind(s.kind());
            case Val.Const c -> kind(c.kind());
            case Val.Str s -> FieldKind.STRING;
            case Val.StrLit s -> {
                if (literalSize(s.value()) > 128) throw Diagnostics.unsupported(span, "a constant string in an event has at most 127 bytes",
                        "use a shorter tag; add long text after `ebpf events`");
                yield FieldKind.STRING;
            }
            case Val.Rec r -> throw Diagnostics.unsupported(span, "records cannot be nested in an event", "flatten the record: use one level of fields");
            case Val.Nothing n -> throw Diagnostics.unsupported(span, "there is no value to emit here",
                    "pipe a value into bpf-emit, e.g. `bpf-tgid | bpf-emit`");
        };
    }

    private static FieldKind kind(Val.Kind k) {
        return switch (k) { case INT -> FieldKind.INT; case BOOL -> FieldKind.BOOL; case COMM -> FieldKind.COMM; };
    }

    private static int size(FieldKind k, Val v, int stringBytes) {
        return switch (k) {
            case INT, BOOL -> 8;
            case COMM -> 16;
            case STRING -> v instanceof Val.Str s ? s.size() : v instanceof Val.StrLit lit ? literalSize(lit.value()) : stringBytes;
        };
    }

    /** Bytes a constant string takes in an event: itself and a NUL, in 8-byte words, at least 16 (short tags share a size). */
    static int literalSize(String s) {
        int n = s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
        return Math.max(16, (n + 7) / 8 * 8);
    }

    private static String shape(EventSchema s) {
        if (s.scalar()) return (s.fields().get(0).kind() == FieldKind.INT ? "an " : "a ") + s.fields().get(0).kind().name().toLowerCase();
        StringBuilder sb = new StringBuilder("{");
        for (EventSchema.Field f : s.fields()) sb.append(sb.length() > 1 ? ", " : "").append(f.name()).append(": ").append(f.kind().name().toLowerCase());
        return sb.append('}').toString();
    }
}
