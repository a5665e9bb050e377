package dev.nuebpf.ebpf.load;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A parsed {@code .BTF} section: enough of the type graph to read libbpf-style map definitions
 * (struct members that are pointers to arrays whose length is the value), to size key and value types,
 * and to fix up DATASEC sizes and variable offsets that compilers leave for the loader to fill in.
 */
public final class Btf {
    public static final int INT = 1, PTR = 2, ARRAY = 3, STRUCT = 4, UNION = 5, ENUM = 6, FWD = 7, TYPEDEF = 8,
            VOLATILE = 9, CONST = 10, RESTRICT = 11, FUNC = 12, FUNC_PROTO = 13, VAR = 14, DATASEC = 15,
            FLOAT = 16, DECL_TAG = 17, TYPE_TAG = 18, ENUM64 = 19;

    /** One member / parameter / datasec entry: {@code a} name or type, {@code b} type or offset, {@code c} offset or size. */
    public record Member(String name, int type, long offset, long size) {}

    /** A type; {@code pos} is its byte offset in the type section (for fix-ups); {@code sizeOrType} as in btf_type. */
    public record Type(int id, int kind, String name, int vlen, int sizeOrType, List<Member> members,
                       int arrayElem, int arrayLen, int pos) {}

    private final byte[] raw;
    private final int typesStart;
    private final List<Type> types = new ArrayList<>();

    private Btf(byte[] raw, int typesStart) {
        this.raw = raw;
        this.typesStart = typesStart;
    }

    public static Btf parse(byte[] raw) {
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        if (raw.length < 24 || Short.toUnsignedInt(b.getShort(0)) != 0xeb9f) throw new ObjectFormatException(".BTF: bad magic");
        int hdrLen = b.getInt(4), typeOff = b.getInt(8), typeLen = b.getInt(12), strOff = b.getInt(16), strLen = b.getInt(20);
        int ts = hdrLen + typeOff, ss = hdrLen + strOff;
        if (ts + typeLen > raw.length || ss + strLen > raw.length) throw new ObjectFormatException(".BTF: sections outside data");
        byte[] strs = java.util.Arrays.copyOfRange(raw, ss, ss + strLen);
        Btf btf = new Btf(raw, ts);
        btf.types.add(new Type(0, 0, "void", 0, 0, List.of(), 0, 0, -1));
        int p = ts, end = ts + typeLen, id = 1;
        while (p < end) {
            int pos = p;
            String name = ElfObject.cstr(strs, b.getInt(p));
            int info = b.getInt(p + 4);
            int st = b.getInt(p + 8);
            int vlen = info & 0xffff, kind = (info >>> 24) & 0x1f;
            p += 12;
            List<Member> ms = new ArrayList<>();
            int elem = 0, len = 0;
            switch (kind) {
                case INT, VAR, DECL_TAG -> p += 4;
                case ARRAY -> {
                    elem = b.getInt(p);
                    len = b.getInt(p + 8);
                    p += 12;
                }
                case STRUCT, UNION -> {
                    for (int i = 0; i < vlen; i++, p += 12) {
                        ms.add(new Member(ElfObject.cstr(strs, b.getInt(p)), b.getInt(p + 4), Integer.toUnsignedLong(b.getInt(p + 8)), 0));
                    }
                }
                case ENUM -> p += 8 * vlen;
                case ENUM64 -> p += 12 * vlen;
                case FUNC_PROTO -> {
                    for (int i = 0; i < vlen; i++, p += 8) ms.add(new Member(ElfObject.cstr(strs, b.getInt(p)), b.getInt(p + 4), 0, 0));
                }
                case DATASEC -> {
                    for (int i = 0; i < vlen; i++, p += 12) {
                        ms.add(new Member(null, b.getInt(p), Integer.toUnsignedLong(b.getInt(p + 4)), Integer.toUnsignedLong(b.getInt(p + 8))));
                    }
                }
                case PTR, FWD, TYPEDEF, VOLATILE, CONST, RESTRICT, FUNC, FLOAT, TYPE_TAG -> { }
                default -> throw new ObjectFormatException(".BTF: unknown type kind " + kind + " (type " + id + ")");
            }
            btf.types.add(new Type(id++, kind, name, vlen, st, ms, elem, len, pos - ts));
        }
        return btf;
    }

    public Type type(int id) {
        if (id < 0 || id >= types.size()) throw new ObjectFormatException(".BTF: no type " + id);
        return types.get(id);
    }

    public List<Type> types() { return types; }

    public Type datasec(String name) {
        for (Type t : types) if (t.kind() == DATASEC && t.name().equals(name)) return t;
        return null;
    }

    /** Follows typedefs and qualifiers. */
    public Type skipModifiers(int id) {
        Type t = type(id);
        for (int guard = 0; guard < 64; guard++) {
            switch (t.kind()) {
                case TYPEDEF, VOLATILE, CONST, RESTRICT, TYPE_TAG, VAR -> t = type(t.sizeOrType());
                default -> { return t; }
            }
        }
        throw new ObjectFormatException(".BTF: type chain too long at " + id);
    }

    /** The byte size of a type, as sizeof would give it. */
    public long sizeOf(int id) {
        Type t = skipModifiers(id);
        return switch (t.kind()) {
            case INT, STRUCT, UNION, ENUM, ENUM64, FLOAT, DATASEC -> Integer.toUnsignedLong(t.sizeOrType());
            case PTR -> 8;
            case ARRAY -> t.arrayLen() * sizeOf(t.arrayElem());
            default -> throw new ObjectFormatException(".BTF: type " + id + " (" + t.name() + ") has no size");
        };
    }

    /**
     * A copy of the raw BTF with every DATASEC's size and variable offsets filled in: {@code sectionSize}
     * gives a section's size by name (-1 if absent), {@code symbolOffset} a variable's offset by name.
     */
    public byte[] fixedUp(ToLongFunction<String> sectionSize, ToLongFunction<String> symbolOffset) {
        byte[] out = raw.clone();
        ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        for (Type t : types) {
            if (t.kind() != DATASEC) continue;
            int p = typesStart + t.pos();
            long size = sectionSize.applyAsLong(t.name());
            if (t.sizeOrType() == 0 && size >= 0) b.putInt(p + 8, (int) size);
            for (int i = 0; i < t.members().size(); i++) {
                Member m = t.members().get(i);
                long off = symbolOffset.applyAsLong(type(m.type()).name());
                if (off >= 0) b.putInt(p + 12 + 12 * i + 4, (int) off);
            }
        }
        return out;
    }

    public byte[] raw() { return raw; }
}
