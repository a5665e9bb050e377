package dev.nuebpf.stdlib.date;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.List;

/** Registers the date commands (one class per command in this package). */
public final class DateCommands implements CommandProvider {
    @Override public List<Command> commands() {
        return List.of(new DateNowCommand(), new DateToTimezoneCommand(), new DateHumanizeCommand(), new DateListTimezoneCommand(),
                new DateFormatCommand(), new SeqDateCommand());
    }
}
