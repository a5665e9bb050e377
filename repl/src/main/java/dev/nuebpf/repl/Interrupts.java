package dev.nuebpf.repl;

import dev.nuebpf.truffle.Shell;

/**
 * Ctrl-C outside the REPL: the first one asks the shell to cancel the running pipeline (so probes are
 * detached and output flushed by the interpreter), a second one ends the process with status 130.
 * A process started in the background by a non-interactive shell inherits SIGINT as ignored, and the JVM
 * refuses to handle an ignored SIGINT; tracers are stopped exactly that way (`tracer & ... kill -INT`), so
 * the disposition is reset to the default first and then handled, as bpftrace does.
 */
final class Interrupts {
    private Interrupts() {}

    @SuppressWarnings("removal")
    static void install(Shell shell) {
        try {
            final boolean[] seen = {false};
            sun.misc.SignalHandler handler = sig -> {
                if (seen[0]) Runtime.getRuntime().halt(130);
                seen[0] = true;
                shell.interrupt();
            };
            // The JVM leaves an ignored SIGINT ignored and reports it by returning SIG_IGN as the old handler.
            if (sun.misc.Signal.handle(new sun.misc.Signal("INT"), handler) == sun.misc.SignalHandler.SIG_IGN) {
                resetSigintToDefault();
                sun.misc.Signal.handle(new sun.misc.Signal("INT"), handler);
            }
        } catch (Throwable ignored) {
            // No signal support (unusual JVM): the default handler ends the process, which is acceptable.
        }
    }

    private static final int SIGINT = 2;

    /** signal(SIGINT, SIG_DFL) through libc (SIG_DFL is the null handler). */
    private static void resetSigintToDefault() {
        com.sun.jna.Function.getFunction("c", "signal").invokeLong(new Object[] {SIGINT, com.sun.jna.Pointer.NULL});
    }
}
