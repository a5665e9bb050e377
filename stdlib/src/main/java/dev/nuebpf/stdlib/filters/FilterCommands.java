package dev.nuebpf.stdlib.filters;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.List;

/** Registers the filters commands (one class per command in this package). */
public final class FilterCommands implements CommandProvider {
    @Override public List<Command> commands() {
        return List.of();
    }
}
