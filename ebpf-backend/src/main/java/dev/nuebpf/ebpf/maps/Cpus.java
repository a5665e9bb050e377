package dev.nuebpf.ebpf.maps;

import java.nio.file.Files;
import java.nio.file.Path;

/** Possible and online CPU counts as the kernel counts them (per-CPU map slots, perf buffers). */
public final class Cpus {
    private Cpus() {}

    private static volatile int possible = -1;

    /** Number of possible CPUs: per-CPU maps have one slot for each. */
    public static int possible() {
        int p = possible;
        if (p < 0) possible = p = count(Path.of("/sys/devices/system/cpu/possible"));
        return p;
    }

    public static int online() { return count(Path.of("/sys/devices/system/cpu/online")); }

    /** Parses a CPU list like {@code 0-3,5}: returns highest + 1. */
    static int count(Path p) {
        try {
            return parseList(Files.readString(p).trim());
        } catch (Exception e) {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    static int parseList(String s) {
        int max = -1;
        for (String part : s.split(",")) {
            String[] r = part.trim().split("-");
            max = Math.max(max, Integer.parseInt(r[r.length - 1].trim()));
        }
        return max + 1;
    }
}
