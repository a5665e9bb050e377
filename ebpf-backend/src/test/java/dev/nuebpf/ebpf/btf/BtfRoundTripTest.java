package dev.nuebpf.ebpf.btf;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writes BTF with every kind we use and reads it back; checks the header and the .BTF.ext layout. */
class BtfRoundTripTest {
    @Test void typesSurviveARoundTrip() {
        Btf b = new Btf();
        int i = b.addInt("int", 4, true);
        int u = b.addInt("__ARRAY_SIZE_TYPE__", 4, false);
        int p = b.addPtr(0);
        int arr = b.addArray(i, u, 27);
        int pa = b.addPtr(arr);
        int st = b.addStruct(null, 8, List.of(new BtfType.Member("type", pa, 0, 0)));
        int var = b.addVar("events", st, Btf.VAR_GLOBAL_ALLOCATED);
        int sec = b.addDatasec(".maps", 8, List.of(new BtfType.Member(null, var, 0, 8)));
        int proto = b.addFuncProto(i, List.of(new BtfType.Member("ctx", p, 0, 0)));
        int fn = b.addFunc("nu_probe", proto, Btf.LINKAGE_GLOBAL);
        byte[] bytes = b.bytes();
        ByteBuffer h = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0xeb9f, h.getShort(0) & 0xffff);
        assertEquals(1, bytes[2]);
        assertEquals(24, h.getInt(4));

        List<BtfType> t = BtfReader.read(bytes);
        List<BtfType> w = b.types();
        assertEquals(w.size(), t.size());
        for (int k = 0; k < w.size(); k++) {
            BtfType x = w.get(k), y = t.get(k);
            assertEquals(x.kind(), y.kind(), "type " + (k + 1));
            assertEquals(x.name(), y.name(), "type " + (k + 1));
            assertEquals(x.vlen(), y.vlen(), "type " + (k + 1));
            assertEquals(x.sizeOrType(), y.sizeOrType(), "type " + (k + 1));
            assertArrayEquals(x.extra(), y.extra(), "type " + (k + 1));
            assertEquals(x.members().size(), y.members().size());
            for (int m = 0; m < x.members().size(); m++) {
                assertEquals(x.members().get(m).name(), y.members().get(m).name());
                assertEquals(x.members().get(m).type(), y.members().get(m).type());
            }
        }
        assertEquals(BtfKind.FUNC, t.get(fn - 1).kind());
        assertEquals(proto, t.get(fn - 1).sizeOrType());
        assertEquals(Btf.LINKAGE_GLOBAL, t.get(fn - 1).vlen());
        assertEquals(27, t.get(arr - 1).extra()[2]);
        assertEquals(32 | 1 << 24, t.get(i - 1).extra()[0], "signed 32-bit int encoding");
        assertEquals(8, t.get(sec - 1).members().get(0).size());
    }

    @Test void stringsAreDeduplicatedAndStartWithEmpty() {
        Btf b = new Btf();
        assertEquals(0, b.string(""));
        int a = b.string("abc");
        assertEquals(1, a);
        assertEquals(a, b.string("abc"));
        assertEquals(5, b.string("x"));
    }

    @Test void btfExtHasFuncAndLineInfoForTheSection() {
        byte[] ext = BtfExt.build(7, 5, List.of(new BtfExt.Line(0, 1, 2, 3, 4), new BtfExt.Line(16, 1, 9, 4, 1)));
        ByteBuffer b = ByteBuffer.wrap(ext).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0xeb9f, b.getShort(0) & 0xffff);
        int hdr = b.getInt(4);
        int funcOff = b.getInt(8), funcLen = b.getInt(12), lineOff = b.getInt(16), lineLen = b.getInt(20);
        assertEquals(24, hdr);
        assertEquals(8, b.getInt(hdr + funcOff), "func_info record size");
        assertEquals(7, b.getInt(hdr + funcOff + 4), "section name offset");
        assertEquals(1, b.getInt(hdr + funcOff + 8));
        assertEquals(5, b.getInt(hdr + funcOff + 16), "FUNC type id");
        assertEquals(20, funcLen);
        int l = hdr + lineOff;
        assertEquals(16, b.getInt(l), "line_info record size");
        assertEquals(2, b.getInt(l + 8));
        assertEquals(16, b.getInt(l + 12 + 16), "second record's byte offset");
        assertEquals(4 << 10 | 1, b.getInt(l + 12 + 16 + 12), "line << 10 | column");
        assertEquals(12 + 32, lineLen);
    }
}
