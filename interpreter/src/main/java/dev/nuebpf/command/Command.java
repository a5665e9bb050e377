package dev.nuebpf.command;

import dev.nuebpf.runtime.PipelineData;
import java.util.List;

/**
 * A built-in command: its signature (what the parser and the help system read), its examples
 * (each run as a test by {@code CommandExamplesTest}), and what it does.
 */
public interface Command {
    Signature signature();

    /** Examples; those with a result are evaluated and compared structurally, the others only parsed. */
    default List<Example> examples() { return List.of(); }

    /** Runs the command. Errors are thrown as {@link ShellException} with a span (usually {@code call.head()}). */
    PipelineData run(Call call, PipelineData input);

    default String name() { return signature().name(); }
}
