package dev.nuebpf.ebpf.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How this kernel can make kprobes: the dynamic kprobe PMU (preferred, 4.17+), the legacy
 * {@code kprobe_events} file, or not at all (built without CONFIG_KPROBES, as on our CI machine).
 */
public final class KprobeSupport {
    private KprobeSupport() {}

    static final Path PMU = Path.of("/sys/bus/event_source/devices/kprobe");
    static final Path UPROBE_PMU = Path.of("/sys/bus/event_source/devices/uprobe");

    public static boolean hasPmu() { return Files.exists(PMU.resolve("type")); }

    public static boolean hasLegacy() {
        try {
            return Files.exists(Tracefs.root().resolve("kprobe_events"));
        } catch (AttachException e) {
            return false;
        }
    }

    public static boolean available() { return hasPmu() || hasLegacy(); }

    /** The PMU's perf type number. */
    static int pmuType(Path pmu) {
        try {
            return Integer.parseInt(Files.readString(pmu.resolve("type")).trim());
        } catch (IOException | NumberFormatException e) {
            throw new AttachException("cannot read " + pmu.resolve("type") + ": " + e.getMessage(), null);
        }
    }

    /** The config bit that turns a probe into a return probe, from {@code format/retprobe} ("config:0"). */
    static int retprobeBit(Path pmu) {
        try {
            return parseConfigBit(Files.readString(pmu.resolve("format/retprobe")));
        } catch (IOException e) {
            return 0;
        }
    }

    static int parseConfigBit(String format) {
        String s = format.trim();
        int c = s.indexOf(':');
        return c < 0 ? 0 : Integer.parseInt(s.substring(c + 1).split("-")[0].trim());
    }
}
