package dev.nuebpf.ebpf.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CpusTest {
    @Test void cpuLists() {
        assertEquals(1, Cpus.parseList("0"));
        assertEquals(4, Cpus.parseList("0-3"));
        assertEquals(6, Cpus.parseList("0-3,5"));
    }
}
