package dev.nuebpf.ebpf.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Objects we must refuse, with a message that says why (no kernel needed). */
class ObjectReaderTest {
    @Test void notAnElf() {
        assertEquals("not an ELF file (bad magic)", assertThrows(ObjectFormatException.class, () -> ObjectReader.read(new byte[100])).getMessage());
    }

    @Test void anElfForAnotherMachine() throws Exception {
        Path self = Path.of("/proc/self/exe").toRealPath();
        ObjectFormatException e = assertThrows(ObjectFormatException.class, () -> ObjectReader.read(Files.readAllBytes(self)));
        assertTrue(e.getMessage().startsWith("not a BPF object (ELF machine "), e.getMessage());
    }

    @Test void verifierSummaries() {
        String log = "0: (b7) r0 = 0\n5: (79) r0 = *(u64 *)(r0 +0)\nR0 invalid mem access 'map_value_or_null'\nprocessed 6 insns\n";
        assertEquals("R0 invalid mem access 'map_value_or_null'", VerifierException.lastLine(log));
        assertEquals(5, VerifierException.lastInsn(log));
    }
}
