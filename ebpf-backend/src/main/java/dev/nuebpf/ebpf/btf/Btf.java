package dev.nuebpf.ebpf.btf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@code .BTF} section: type ids start at 1 (0 is void), strings are deduplicated. */
public final class Btf {
    public static final int MAGIC = 0xeB9F;
    public static final int LINKAGE_STATIC = 0, LINKAGE_GLOBAL = 1;
    /** VAR linkage for a global, allocated variable (libbpf's maps are these). */
    public static final int VAR_GLOBAL_ALLOCATED = 1;

    private final List<BtfType> types = new ArrayList<>();
    private final ByteArrayOutputStream strings = new ByteArrayOutputStream();
    private final Map<String, Integer> stringOffsets = new HashMap<>();

    public Btf() {
        strings.write(0);
        stringOffsets.put("", 0);
    }

    /** The offset of {@code s} in the string table, adding it if new. */
    public int string(String s) {
        if (s == null) return 0;
        Integer off = stringOffsets.get(s);
        if (off != null) return off;
        int at = strings.size();
        strings.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        strings.write(0);
        stringOffsets.put(s, at);
        return at;
    }

    private int add(BtfType t) {
        string(t.name());
        for (BtfType.Member m : t.members()) string(m.name());
        types.add(t);
        return types.size();
    }

    public List<BtfType> types() { return List.copyOf(types); }

    /** An integer type of {@code size} bytes. */
    public int addInt(String name, int size, boolean signed) {
        int encoding = (signed ? 1 : 0) << 24 | (size * 8);
        return add(new BtfType(BtfKind.INT, name, 0, size, new int[] {encoding}, List.of()));
    }

    public int addPtr(int type) { return add(new BtfType(BtfKind.PTR, null, 0, type, new int[0], List.of())); }

    public int addArray(int elemType, int indexType, int nelems) {
        return add(new BtfType(BtfKind.ARRAY, null, 0, 0, new int[] {elemType, indexType, nelems}, List.of()));
    }

    /** A struct; member offsets are in bits. */
    public int addStruct(String name, int size, List<BtfType.Member> members) {
        return add(new BtfType(BtfKind.STRUCT, name, members.size(), size, new int[0], members));
    }

    public int addFuncProto(int returnType, List<BtfType.Member> params) {
        return add(new BtfType(BtfKind.FUNC_PROTO, null, params.size(), returnType, new int[0], params));
    }

    public int addFunc(String name, int proto, int linkage) {
        return add(new BtfType(BtfKind.FUNC, name, linkage, proto, new int[0], List.of()));
    }

    public int addVar(String name, int type, int linkage) {
        return add(new BtfType(BtfKind.VAR, name, 0, type, new int[] {linkage}, List.of()));
    }

    /** A data section; entries are (var type id, offset, size) with the name unused. */
    public int addDatasec(String name, int size, List<BtfType.Member> vars) {
        return add(new BtfType(BtfKind.DATASEC, name, vars.size(), size, new int[0], vars));
    }

    public byte[] bytes() {
        ByteBuffer t = ByteBuffer.allocate(typeBytes()).order(ByteOrder.LITTLE_ENDIAN);
        for (BtfType ty : types) writeType(t, ty);
        byte[] str = strings.toByteArray();
        ByteBuffer b = ByteBuffer.allocate(24 + t.capacity() + str.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) MAGIC).put((byte) 1).put((byte) 0).putInt(24);
        b.putInt(0).putInt(t.capacity()).putInt(t.capacity()).putInt(str.length);
        b.put(t.array()).put(str);
        return b.array();
    }

    private int typeBytes() {
        int n = 0;
        for (BtfType ty : types) n += 12 + switch (ty.kind()) {
            case INT, VAR -> 4;
            case ARRAY -> 12;
            case STRUCT, UNION, DATASEC -> 12 * ty.members().size();
            case FUNC_PROTO -> 8 * ty.members().size();
            default -> 0;
        };
        return n;
    }

    private void writeType(ByteBuffer b, BtfType ty) {
        b.putInt(string(ty.name()));
        b.putInt(ty.kind().id << 24 | (ty.vlen() & 0xffff));
        b.putInt(ty.sizeOrType());
        switch (ty.kind()) {
            case INT, VAR -> b.putInt(ty.extra()[0]);
            case ARRAY -> b.putInt(ty.extra()[0]).putInt(ty.extra()[1]).putInt(ty.extra()[2]);
            case STRUCT, UNION -> { for (BtfType.Member m : ty.members()) b.putInt(string(m.name())).putInt(m.type()).putInt(m.offset()); }
            case DATASEC -> { for (BtfType.Member m : ty.members()) b.putInt(m.type()).putInt(m.offset()).putInt(m.size()); }
            case FUNC_PROTO -> { for (BtfType.Member m : ty.members()) b.putInt(string(m.name())).putInt(m.type()); }
            default -> { }
        }
    }
}
