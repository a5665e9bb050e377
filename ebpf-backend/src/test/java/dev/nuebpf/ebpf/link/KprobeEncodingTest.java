package dev.nuebpf.ebpf.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nuebpf.ebpf.sys.PerfEventAttr;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** The kprobe attach path, checked at the byte level (the CI kernel has no kprobes to try it on). */
class KprobeEncodingTest {
    private static ByteBuffer buf(PerfEventAttr a) { return ByteBuffer.wrap(a.encode()).order(ByteOrder.nativeOrder()); }

    @Test void pmuEntryProbe() {
        ByteBuffer b = buf(KprobeLink.pmuAttr(8, -1, 0x7f00_1234_5678L, 0));
        assertEquals(128, b.capacity());
        assertEquals(8, b.getInt(0), "type is the PMU's dynamic type");
        assertEquals(128, b.getInt(4), "size");
        assertEquals(0, b.getLong(8), "config: no retprobe bit");
        assertEquals(1, b.getLong(16), "sample_period");
        assertEquals(0x7f00_1234_5678L, b.getLong(56), "config1 = kprobe_func pointer");
        assertEquals(0, b.getLong(64), "config2 = offset");
    }

    @Test void pmuReturnProbeSetsTheRetprobeBit() {
        assertEquals(1L, buf(KprobeLink.pmuAttr(6, 0, 1, 0)).getLong(8));
        assertEquals(1L << 3, buf(KprobeLink.pmuAttr(6, 3, 1, 0)).getLong(8));
    }

    @Test void retprobeFormatParsing() {
        assertEquals(0, KprobeSupport.parseConfigBit("config:0\n"));
        assertEquals(5, KprobeSupport.parseConfigBit("config:5"));
    }

    @Test void legacyDefinitions() {
        assertEquals("p:nuebpf/ev1 ksys_read", KprobeLink.legacyDefinition(false, "nuebpf", "ev1", "ksys_read"));
        assertEquals("r:nuebpf/ev2 do_sys_openat2", KprobeLink.legacyDefinition(true, "nuebpf", "ev2", "do_sys_openat2"));
        String n = KprobeLink.legacyEventName("a.b-c");
        assertEquals(true, n.matches("nuebpf_\\d+_\\d+_a_b_c"), n);
    }

    @Test void tracepointAndBpfOutputAttrs() {
        ByteBuffer t = buf(PerfEventAttr.tracepoint(1234));
        assertEquals(PerfEventAttr.TYPE_TRACEPOINT, t.getInt(0));
        assertEquals(1234, t.getLong(8));
        ByteBuffer o = buf(PerfEventAttr.bpfOutput(1));
        assertEquals(PerfEventAttr.TYPE_SOFTWARE, o.getInt(0));
        assertEquals(PerfEventAttr.SW_BPF_OUTPUT, o.getLong(8));
        assertEquals(PerfEventAttr.SAMPLE_RAW, o.getLong(24));
        assertEquals(1, o.getInt(48), "wakeup_events");
    }
}
