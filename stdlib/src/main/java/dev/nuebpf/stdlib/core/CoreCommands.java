package dev.nuebpf.stdlib.core;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.List;

/** Registers the core commands (one class per command in this package). */
public final class CoreCommands implements CommandProvider {
    @Override public List<Command> commands() {
        return List.of();
    }
}
