package dev.nuebpf.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Completion of the probe spec of {@code ebpf attach}/{@code ebpf simulate}: the probe types, then tracepoints
 * from tracefs {@code available_events} and kernel functions from {@code /proc/kallsyms}, matched by prefix.
 * Read on each Tab (the kernel's lists change with loaded modules), capped so a bare prefix stays quick.
 */
final class ProbeTargets {
    private ProbeTargets() {}

    static final List<String> TYPES = List.of("kprobe:", "kretprobe:", "tracepoint:", "raw_tracepoint:", "uprobe:", "uretprobe:");
    static final int LIMIT = 500;
    private static final List<Path> EVENTS = List.of(Path.of("/sys/kernel/tracing/available_events"),
            Path.of("/sys/kernel/debug/tracing/available_events"));

    /** The completions of {@code spec} (without quotes): full specs that start with it. */
    static List<String> complete(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 0) return TYPES.stream().filter(t -> t.startsWith(spec)).toList();
        String type = spec.substring(0, colon + 1);
        String rest = spec.substring(colon + 1);
        TreeSet<String> names = switch (type) {
            case "kprobe:", "kretprobe:" -> kernelFunctions(rest);
            case "tracepoint:" -> tracepoints(rest, true);
            case "raw_tracepoint:" -> tracepoints(rest, false);
            default -> new TreeSet<>();
        };
        List<String> out = new ArrayList<>();
        for (String n : names) out.add(type + n);
        return out;
    }

    /** Text symbols of the kernel and its modules ({@code t}/{@code T}), without the module suffix. */
    static TreeSet<String> kernelFunctions(String prefix) {
        TreeSet<String> out = new TreeSet<>();
        try (BufferedReader r = Files.newBufferedReader(Path.of("/proc/kallsyms"))) {
            for (String line; (line = r.readLine()) != null && out.size() < LIMIT; ) {
                String[] f = line.split("\\s+");
                if (f.length < 3 || !(f[1].equals("t") || f[1].equals("T"))) continue;
                if (f[2].startsWith(prefix) && !f[2].contains(".")) out.add(f[2]);
            }
        } catch (IOException | RuntimeException unreadable) {
            // no completions rather than an error while typing
        }
        return out;
    }

    /** {@code category/name} for tracepoint:, just {@code name} for raw_tracepoint:. */
    static TreeSet<String> tracepoints(String prefix, boolean withCategory) {
        TreeSet<String> out = new TreeSet<>();
        for (Path p : EVENTS) {
            try (BufferedReader r = Files.newBufferedReader(p)) {
                for (String line; (line = r.readLine()) != null && out.size() < LIMIT; ) {
                    int c = line.indexOf(':');
                    if (c < 0) continue;
                    String name = withCategory ? line.substring(0, c) + "/" + line.substring(c + 1) : line.substring(c + 1);
                    if (name.startsWith(prefix)) out.add(name);
                }
                return out;
            } catch (IOException | RuntimeException unreadable) {
                // try the next place tracefs may be mounted
            }
        }
        return out;
    }
}
