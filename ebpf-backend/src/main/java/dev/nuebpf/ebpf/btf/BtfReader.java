package dev.nuebpf.ebpf.btf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Parses a {@code .BTF} section back into {@link BtfType}s (index i = type id i+1); used for round-trips. */
public final class BtfReader {
    private BtfReader() {}

    public static List<BtfType> read(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        if ((b.getShort(0) & 0xffff) != Btf.MAGIC) throw new IllegalArgumentException("not BTF (bad magic)");
        int hdrLen = b.getInt(4);
        int typeOff = b.getInt(8), typeLen = b.getInt(12), strOff = b.getInt(16), strLen = b.getInt(20);
        int strBase = hdrLen + strOff;
        List<BtfType> out = new ArrayList<>();
        b.position(hdrLen + typeOff);
        int end = hdrLen + typeOff + typeLen;
        while (b.position() < end) {
            String name = str(data, strBase, strLen, b.getInt());
            int info = b.getInt();
            int st = b.getInt();
            BtfKind kind = BtfKind.of((info >>> 24) & 0x1f);
            int vlen = info & 0xffff;
            int[] extra = new int[0];
            List<BtfType.Member> ms = new ArrayList<>();
            switch (kind) {
                case INT, VAR -> extra = new int[] {b.getInt()};
                case ARRAY -> extra = new int[] {b.getInt(), b.getInt(), b.getInt()};
                case STRUCT, UNION -> { for (int i = 0; i < vlen; i++) ms.add(new BtfType.Member(str(data, strBase, strLen, b.getInt()), b.getInt(), b.getInt(), 0)); }
                case DATASEC -> { for (int i = 0; i < vlen; i++) ms.add(new BtfType.Member(null, b.getInt(), b.getInt(), b.getInt())); }
                case FUNC_PROTO -> { for (int i = 0; i < vlen; i++) ms.add(new BtfType.Member(str(data, strBase, strLen, b.getInt()), b.getInt(), 0, 0)); }
                case ENUM -> { for (int i = 0; i < vlen; i++) { b.getInt(); b.getInt(); } }
                default -> { }
            }
            out.add(new BtfType(kind, name, vlen, st, extra, ms));
        }
        return out;
    }

    /** The string at {@code off} in the section's string table. */
    public static String str(byte[] data, int base, int len, int off) {
        if (off == 0) return null;
        int s = base + off, e = s;
        while (e < base + len && data[e] != 0) e++;
        return new String(data, s, e - s, StandardCharsets.UTF_8);
    }
}
