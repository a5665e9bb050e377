package dev.nuebpf.ebpf.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Kernel function names from /proc/kallsyms (text symbols only), read once. */
public final class Kallsyms {
    private Kallsyms() {}

    private static volatile Set<String> functions;

    public static Set<String> functions() {
        Set<String> f = functions;
        if (f != null) return f;
        Set<String> out = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(Path.of("/proc/kallsyms"))) {
            for (String line; (line = r.readLine()) != null; ) {
                int a = line.indexOf(' '), b = line.indexOf(' ', a + 1);
                if (a < 0 || b < 0) continue;
                char t = line.charAt(a + 1);
                if (t != 't' && t != 'T') continue;
                int end = line.indexOf('\t', b + 1);
                out.add(line.substring(b + 1, end < 0 ? line.length() : end));
            }
        } catch (IOException e) {
            return Set.of();
        }
        return functions = out;
    }

    /** True if the function is known, or if kallsyms cannot be read (then the kernel decides). */
    public static boolean exists(String fn) {
        Set<String> f = functions();
        return f.isEmpty() || f.contains(fn);
    }
}
