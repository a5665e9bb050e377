package dev.nuebpf.runtime;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The stdout of a running external command, as the bytes of a {@link PipelineData.ByteStream}. Keeps the
 * process so {@code complete} can wait for it and read its captured stderr and exit code. Collected
 * into a value, its trailing newline is dropped (as nu does for {@code (^echo hi)}).
 */
public final class ExternalOutput extends FilterInputStream {
    private final Process process;
    private final ByteArrayOutputStream stderr;
    private final Thread stderrPump;

    public ExternalOutput(Process process, ByteArrayOutputStream stderr, Thread stderrPump) {
        super(process.getInputStream());
        this.process = process;
        this.stderr = stderr;
        this.stderrPump = stderrPump;
    }

    public Process process() { return process; }

    /** Waits for the process and returns its exit code. */
    public int waitFor() {
        try {
            int code = process.waitFor();
            if (stderrPump != null) stderrPump.join();
            return code;
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Captured stderr (empty when stderr went to the terminal). */
    public String stderrText() {
        if (stderr == null) return "";
        synchronized (stderr) {
            return stderr.toString(StandardCharsets.UTF_8);
        }
    }

    public static InputStream unwrap(InputStream in) { return in; }
}
