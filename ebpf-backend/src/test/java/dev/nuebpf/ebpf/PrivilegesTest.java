package dev.nuebpf.ebpf;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The capability check behind "needs root or CAP_BPF and CAP_PERFMON" (end to end as nobody: tests/NonRootTest). */
class PrivilegesTest {
    @Test
    void readsCapEffFromProcStatus() {
        String status = "Name:\tjava\nCapInh:\t0000000000000000\nCapPrm:\t000001ffffffffff\nCapEff:\t000001ffffffffff\n";
        assertEquals(0x1ffffffffffL, Privileges.effectiveCapabilities(status));
        assertEquals(-1, Privileges.effectiveCapabilities("Name:\tjava\n"));
    }

    @Test
    void rootOrSysAdminOrBothNewCapabilitiesSuffice() {
        assertTrue(Privileges.sufficient(0x1ffffffffffL), "root's full set");
        assertTrue(Privileges.sufficient(1L << Privileges.CAP_SYS_ADMIN));
        assertTrue(Privileges.sufficient((1L << Privileges.CAP_BPF) | (1L << Privileges.CAP_PERFMON)));
        assertFalse(Privileges.sufficient(1L << Privileges.CAP_BPF), "CAP_BPF alone cannot attach");
        assertFalse(Privileges.sufficient(0), "an ordinary user");
    }
}
