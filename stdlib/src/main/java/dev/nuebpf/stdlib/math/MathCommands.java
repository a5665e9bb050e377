package dev.nuebpf.stdlib.math;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.List;

/** Registers the math commands (one class per command in this package). */
public final class MathCommands implements CommandProvider {
    @Override public List<Command> commands() {
        return List.of();
    }
}
