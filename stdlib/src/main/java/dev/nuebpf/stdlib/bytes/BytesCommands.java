package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.List;

/** Registers the bytes commands (one class per command in this package). */
public final class BytesCommands implements CommandProvider {
    @Override public List<Command> commands() {
        return List.of(
                new BytesLengthCommand(), new BytesReverseCommand(), new BytesAffixCommand(false), new BytesAffixCommand(true),
                new BytesAtCommand(), new BytesAddCommand(), new BytesIndexOfCommand(), new BytesReplaceCommand(false),
                new BytesReplaceCommand(true), new BytesBuildCommand(), new BytesCollectCommand(), new BytesSplitCommand());
    }
}
