package dev.nuebpf.command;

import java.util.List;

/**
 * Service interface (java.util.ServiceLoader) through which modules contribute built-in commands.
 * Each module lists its providers in META-INF/services/dev.nuebpf.command.CommandProvider.
 */
public interface CommandProvider {
    List<Command> commands();
}
