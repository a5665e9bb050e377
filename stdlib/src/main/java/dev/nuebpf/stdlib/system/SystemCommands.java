package dev.nuebpf.stdlib.system;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.List;

/** Registers the file-system and system commands (one class per command in this package). */
public final class SystemCommands implements CommandProvider {
    @Override public List<Command> commands() {
        return List.of(new PwdCommand(), new CdCommand(), new LsCommand(), new MkdirCommand(), new TouchCommand(), new RmCommand(),
                new CpCommand(), new MvCommand(), new GlobCommand(), new OpenCommand(), new SaveCommand(), new WhichCommand());
    }
}
