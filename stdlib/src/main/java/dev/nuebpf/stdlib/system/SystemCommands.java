package dev.nuebpf.stdlib.system;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.List;

/** Registers the system commands (one class per command in this package). */
public final class SystemCommands implements CommandProvider {
    @Override public List<Command> commands() {
        return List.of();
    }
}
