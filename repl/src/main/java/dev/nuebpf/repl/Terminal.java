package dev.nuebpf.repl;

/**
 * What the launcher found out about the process's terminal (it runs {@code [ -t 0 ]}, {@code [ -t 1 ]}, {@code [ -t 2 ]} and
 * {@code stty size} before starting the JVM, which cannot ask per stream): whether stdin, stdout and stderr are
 * terminals and how wide the terminal is. Without a terminal nu lays tables out for 80 columns.
 */
record Terminal(boolean stdinTty, boolean stdoutTty, boolean stderrTty, int columns) {
    static Terminal fromSystem() {
        boolean in = Boolean.getBoolean("nuebpf.stdin.tty");
        boolean out = Boolean.getBoolean("nuebpf.stdout.tty");
        boolean err = Boolean.getBoolean("nuebpf.stderr.tty");
        int cols = Integer.getInteger("nuebpf.columns", 0);
        if (cols <= 0 || !out) cols = 80;
        return new Terminal(in, out, err, cols);
    }
}
