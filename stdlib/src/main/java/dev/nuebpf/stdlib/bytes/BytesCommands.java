package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.List;

/** Registers the bytes commands (one class per command in this package). */
public final class BytesCommands implements CommandProvider {
    @Override public List<Command> commands() {
        return List.of(
                new BytesLengthCommand(), new BytesAtCommand(), new BytesCollectCommand(), new BytesIndexOfCommand(),
                new BytesRemoveCommand(), new BytesAddCommand(), new BytesStartsWithCommand(false), new BytesStartsWithCommand(true),
                new BytesReplaceCommand(), new BytesBuildCommand(), new BytesReverseCommand(), new BytesSplitCommand());
    }
}
