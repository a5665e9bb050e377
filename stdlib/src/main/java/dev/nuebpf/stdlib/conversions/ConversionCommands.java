package dev.nuebpf.stdlib.conversions;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.List;

/** Registers the conversions commands (one class per command in this package). */
public final class ConversionCommands implements CommandProvider {
    @Override public List<Command> commands() {
        return List.of(new IntoIntCommand(), new IntoFloatCommand(), new IntoStringCommand(), new IntoBoolCommand(),
                new IntoDurationCommand(), new IntoFilesizeCommand(), new IntoDatetimeCommand(), new IntoBinaryCommand(),
                new IntoRecordCommand(), new IntoValueCommand(), new IntoGlobCommand(), new IntoCellPathCommand(),
                new FormatDateCommand(), new FormatDurationCommand(), new FormatFilesizeCommand());
    }
}
