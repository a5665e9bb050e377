package dev.nuebpf.ebpf.sys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings JNA reads when it first loads. Without {@code jna.platform.library.path} JNA runs {@code ldconfig -p}
 * in a child process to learn the library directories (~15 ms of every attach); we only load libc, by its
 * soname, so the standard directories of this architecture are enough. A value set by the user wins.
 */
public final class JnaSetup {
    private JnaSetup() {}

    private static volatile boolean done;

    /** Call before the first use of a JNA class. Returns true (so an interface constant can call it). */
    public static boolean prepare() {
        if (done) return true;
        synchronized (JnaSetup.class) {
            if (System.getProperty("jna.platform.library.path") == null) {
                String triple = switch (System.getProperty("os.arch", "")) {
                    case "amd64", "x86_64" -> "x86_64-linux-gnu";
                    case "aarch64" -> "aarch64-linux-gnu";
                    default -> null;
                };
                if (triple != null) {
                    List<String> dirs = new ArrayList<>();
                    for (String d : List.of("/usr/lib/" + triple, "/lib/" + triple, "/usr/lib64", "/lib64", "/usr/lib", "/lib")) {
                        if (Files.isDirectory(Path.of(d))) dirs.add(d);
                    }
                    if (!dirs.isEmpty()) System.setProperty("jna.platform.library.path", String.join(":", dirs));
                }
            }
            done = true;
        }
        return true;
    }

    /** Loads JNA and libc (class initialisation only: no system call is made). */
    public static void loadLibc() {
        prepare();
        LibC.INSTANCE.hashCode();
    }

    /** libc by its soname on Linux, which the dynamic linker opens at once (JNA's "c" searches directories first). */
    public static String libc() {
        return com.sun.jna.Platform.isLinux() ? "libc.so.6" : com.sun.jna.Platform.C_LIBRARY_NAME;
    }
}
