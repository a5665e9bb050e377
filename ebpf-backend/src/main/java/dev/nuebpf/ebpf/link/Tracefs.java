package dev.nuebpf.ebpf.link;

import dev.nuebpf.ebpf.sys.Native;
import dev.nuebpf.ebpf.sys.SysException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The tracing filesystem. Many systems (this one included) do not mount it by default, so it is
 * mounted on demand at /sys/kernel/tracing; the old debugfs location is used when it is already there.
 */
public final class Tracefs {
    private Tracefs() {}

    private static final Path TRACING = Path.of("/sys/kernel/tracing");
    private static final Path DEBUG_TRACING = Path.of("/sys/kernel/debug/tracing");
    private static volatile Path root;

    /** The tracefs root, mounting it first if needed. */
    public static synchronized Path root() {
        if (root != null) return root;
        if (Files.isDirectory(TRACING.resolve("events"))) return root = TRACING;
        if (Files.isDirectory(DEBUG_TRACING.resolve("events"))) return root = DEBUG_TRACING;
        try {
            Native.mount("nodev", TRACING.toString(), "tracefs");
        } catch (SysException e) {
            throw new AttachException("tracefs is not mounted and mounting it on " + TRACING + " failed: " + e.getMessage(),
                    "mount it yourself (`mount -t tracefs nodev " + TRACING + "`) or run as root");
        }
        if (!Files.isDirectory(TRACING.resolve("events")))
            throw new AttachException("tracefs mounted on " + TRACING + " but has no events directory", null);
        return root = TRACING;
    }

    /** The perf event id of tracepoint {@code category/name}, or -1 if it does not exist. */
    public static long tracepointId(String category, String name) {
        Path id = root().resolve("events").resolve(category).resolve(name).resolve("id");
        try {
            return Long.parseLong(Files.readString(id).trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** All tracepoints as {@code category/name}, for suggestions. */
    public static List<String> allTracepoints() {
        List<String> out = new ArrayList<>();
        try (Stream<Path> cats = Files.list(root().resolve("events"))) {
            for (Path c : cats.toList()) {
                if (!Files.isDirectory(c)) continue;
                try (Stream<Path> evs = Files.list(c)) {
                    for (Path e : evs.toList()) if (Files.isDirectory(e)) out.add(c.getFileName() + "/" + e.getFileName());
                }
            }
        } catch (IOException e) {
            // suggestions are best effort
        }
        return out;
    }

    /** The {@code format} file of a tracepoint (field layout), or null. */
    public static String format(String category, String name) {
        try {
            return Files.readString(root().resolve("events").resolve(category).resolve(name).resolve("format"));
        } catch (IOException e) {
            return null;
        }
    }
}
