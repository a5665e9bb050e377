package dev.nuebpf.ebpf.btf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Builds {@code .BTF.ext} with func info and line info for one program section. Offsets of instructions are in
 * bytes within the section (libbpf converts them to instruction indexes); names are offsets into the {@code .BTF}
 * string table, so strings must be added to the {@link Btf} before it is serialised.
 */
public final class BtfExt {
    private BtfExt() {}

    /** {@code line} and {@code column} are 1-based; column is limited to 10 bits by the format. */
    public record Line(int byteOffset, int fileNameOff, int lineOff, int line, int column) {}

    public static byte[] build(int sectionNameOff, int funcTypeId, List<Line> lines) {
        int funcLen = 4 + 8 + 8;
        int lineLen = 4 + 8 + 16 * lines.size();
        ByteBuffer b = ByteBuffer.allocate(24 + funcLen + lineLen).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) Btf.MAGIC).put((byte) 1).put((byte) 0).putInt(24);
        b.putInt(0).putInt(funcLen).putInt(funcLen).putInt(lineLen);
        b.putInt(8).putInt(sectionNameOff).putInt(1).putInt(0).putInt(funcTypeId);
        b.putInt(16).putInt(sectionNameOff).putInt(lines.size());
        for (Line l : lines) {
            b.putInt(l.byteOffset()).putInt(l.fileNameOff()).putInt(l.lineOff())
                    .putInt(l.line() << 10 | Math.min(l.column(), 1023));
        }
        return b.array();
    }
}
