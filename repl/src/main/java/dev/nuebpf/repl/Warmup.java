package dev.nuebpf.repl;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.NodeClass;

/**
 * Start-up work that does not depend on the input, done on a second thread while the main one builds the
 * command registry: Truffle's runtime and its reflection over node fields (annotation parsing makes a proxy
 * class per annotation type, ~10 ms in a fresh JVM). Whatever is not finished when the main thread needs it,
 * the main thread waits for or does itself; nothing here has effects beyond class initialisation.
 */
final class Warmup {
    private Warmup() {}

    /**
     * Starts the warm-up. {@code source} (the -c code or the script's text, may be null) hints at what else is
     * worth starting early: the zone rules when dates may be shown, JNA and libc when probes are attached
     * (each ~20-30 ms in a fresh JVM, both scan or unpack jars). A wrong guess only costs the other core.
     */
    static void start(String source) {
        boolean kernel = mentions(source, "ebpf");
        boolean dates = kernel || mentions(source, "date") || mentions(source, "ls");
        Thread t = new Thread(() -> run(dates, kernel), "nu-ebpf warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Whether {@code word} occurs in the source as a word of its own ({@code ls}, not {@code false}). */
    static boolean mentions(String source, String word) {
        if (source == null) return false;
        for (int i = source.indexOf(word); i >= 0; i = source.indexOf(word, i + 1)) {
            int end = i + word.length();
            boolean startOk = i == 0 || !isWordChar(source.charAt(i - 1));
            boolean endOk = end == source.length() || !isWordChar(source.charAt(end));
            if (startOk && endOk) return true;
        }
        return false;
    }

    private static boolean isWordChar(char c) { return Character.isLetterOrDigit(c) || c == '_' || c == '-'; }

    /** The script's text for {@link #start}, or null if it cannot be read (the run reports that). */
    static String peek(java.nio.file.Path script) {
        try {
            return java.nio.file.Files.readString(script);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private static void run(boolean dates, boolean kernel) {
        try {
            Truffle.getRuntime();
            NodeClass.get(dev.nuebpf.truffle.nodes.call.FunctionRootNode.class);
            NodeClass.get(dev.nuebpf.truffle.nodes.control.BlockNode.class);
            NodeClass.get(dev.nuebpf.truffle.nodes.pipeline.PipelineNode.class);
            if (kernel) dev.nuebpf.ebpf.sys.JnaSetup.loadLibc();
            if (dates) java.time.ZoneId.systemDefault().getRules();
        } catch (Throwable ignored) {
            // only a head start: the main thread does the same work when it gets there
        }
    }
}
