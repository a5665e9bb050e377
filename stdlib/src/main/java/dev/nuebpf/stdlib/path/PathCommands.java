package dev.nuebpf.stdlib.path;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.List;

/** Registers the path commands (one class per command in this package). */
public final class PathCommands implements CommandProvider {
    @Override public List<Command> commands() {
        return List.of(new PathBasenameCommand(), new PathDirnameCommand(), new PathJoinCommand(), new PathParseCommand(),
                new PathSplitCommand(), new PathExistsCommand(), new PathTypeCommand(), new PathExpandCommand(), new PathRelativeToCommand());
    }
}
