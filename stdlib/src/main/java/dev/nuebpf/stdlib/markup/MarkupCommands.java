package dev.nuebpf.stdlib.markup;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.List;

/** Registers the markup commands (one class per command in this package). */
public final class MarkupCommands implements CommandProvider {
    @Override public List<Command> commands() {
        return List.of(new FromKdlCommand(), new ToKdlCommand(), new ToXmlCommand(), new ToHtmlCommand(),
                new ToMsgpackCommand(), new FromMsgpackCommand(), new FromMdCommand());
    }
}
