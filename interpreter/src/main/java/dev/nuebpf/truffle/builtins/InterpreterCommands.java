package dev.nuebpf.truffle.builtins;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.List;

/** Commands that need interpreter internals (closure calls with env propagation, the parser, externals). */
public final class InterpreterCommands implements CommandProvider {
    @Override public List<Command> commands() {
        return List.of(new DoCommand(), new CompleteCommand(), new WithEnvCommand(), new LoadEnvCommand(),
                new HideEnvCommand(), new NuCheckCommand(), new ExportEnvCommand(), new UnletCommand(), new ExitCommand());
    }
}
