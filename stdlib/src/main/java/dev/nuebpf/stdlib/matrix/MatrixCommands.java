package dev.nuebpf.stdlib.matrix;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.List;

/** Registers the matrix commands (one class per command in this package). */
public final class MatrixCommands implements CommandProvider {
    @Override public List<Command> commands() {
        return List.of();
    }
}
