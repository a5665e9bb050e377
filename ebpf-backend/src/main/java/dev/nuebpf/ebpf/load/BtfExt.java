package dev.nuebpf.ebpf.load;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .BTF.ext} section: per program section, function info and line info. In the object, record
 * offsets are in bytes from the section start; the kernel wants instruction indexes, so {@link #forSection}
 * converts them. Line info also lets us point a verifier complaint at the source line that caused it.
 */
public final class BtfExt {
    /** One line-info record, already converted to an instruction index. */
    public record Line(int insn, String file, String text, int line, int column) {}

    /** Kernel-ready records for one program section. */
    public record SectionInfo(byte[] funcInfo, int funcRecSize, byte[] lineInfo, int lineRecSize, List<Line> lines) {}

    private final byte[] raw;
    private final byte[] strings;
    private final int funcOff, funcLen, lineOff, lineLen;

    private BtfExt(byte[] raw, byte[] strings, int funcOff, int funcLen, int lineOff, int lineLen) {
        this.raw = raw;
        this.strings = strings;
        this.funcOff = funcOff;
        this.funcLen = funcLen;
        this.lineOff = lineOff;
        this.lineLen = lineLen;
    }

    /** {@code btf} is the matching .BTF section (its string table names sections, files and lines). */
    public static BtfExt parse(byte[] raw, byte[] btf) {
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        if (raw.length < 24 || Short.toUnsignedInt(b.getShort(0)) != 0xeb9f) throw new ObjectFormatException(".BTF.ext: bad magic");
        int hdr = b.getInt(4);
        ByteBuffer bb = ByteBuffer.wrap(btf).order(ByteOrder.LITTLE_ENDIAN);
        int bh = bb.getInt(4), so = bb.getInt(16), sl = bb.getInt(20);
        byte[] strings = java.util.Arrays.copyOfRange(btf, bh + so, bh + so + sl);
        return new BtfExt(raw, strings, hdr + b.getInt(8), b.getInt(12), hdr + b.getInt(16), b.getInt(20));
    }

    public SectionInfo forSection(String section) {
        byte[][] fi = records(section, funcOff, funcLen, true);
        byte[][] li = records(section, lineOff, lineLen, false);
        List<Line> lines = new ArrayList<>();
        if (li[0] != null) {
            ByteBuffer b = ByteBuffer.wrap(li[0]).order(ByteOrder.LITTLE_ENDIAN);
            int rs = li[1][0];
            for (int p = 0; p + 16 <= li[0].length; p += rs) {
                int lc = b.getInt(p + 12);
                lines.add(new Line(b.getInt(p), ElfObject.cstr(strings, b.getInt(p + 4)),
                        ElfObject.cstr(strings, b.getInt(p + 8)), lc >>> 10, lc & 0x3ff));
            }
        }
        return new SectionInfo(fi[0], fi[0] == null ? 0 : fi[1][0], li[0], li[0] == null ? 0 : li[1][0], lines);
    }

    /** Returns {records with insn offsets divided by 8, {rec_size}} or {null, {0}} when the section has none. */
    private byte[][] records(String section, int off, int len, boolean func) {
        if (len <= 0) return new byte[][] {null, {0}};
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        int recSize = b.getInt(off);
        int p = off + 4, end = off + len;
        while (p + 8 <= end) {
            String name = ElfObject.cstr(strings, b.getInt(p));
            int n = b.getInt(p + 4);
            p += 8;
            if (name.equals(section)) {
                byte[] out = java.util.Arrays.copyOfRange(raw, p, p + n * recSize);
                ByteBuffer ob = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
                for (int i = 0; i < n; i++) ob.putInt(i * recSize, ob.getInt(i * recSize) / 8);
                return new byte[][] {out, {(byte) recSize}};
            }
            p += n * recSize;
        }
        return new byte[][] {null, {0}};
    }
}
