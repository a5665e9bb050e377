package dev.nuebpf.repl;

import dev.nuebpf.truffle.Shell;

/**
 * Ctrl-C outside the REPL: the first one asks the shell to cancel the running pipeline (so probes are
 * detached and output flushed by the interpreter), a second one ends the process with status 130.
 */
final class Interrupts {
    private Interrupts() {}

    @SuppressWarnings("removal")
    static void install(Shell shell) {
        try {
            final boolean[] seen = {false};
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sig -> {
                if (seen[0]) Runtime.getRuntime().halt(130);
                seen[0] = true;
                shell.interrupt();
            });
        } catch (Throwable ignored) {
            // No signal support (unusual JVM): the default handler ends the process, which is acceptable.
        }
    }
}
