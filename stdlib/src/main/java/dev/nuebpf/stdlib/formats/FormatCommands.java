package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.List;

/** Registers the formats commands (one class per command in this package). */
public final class FormatCommands implements CommandProvider {
    @Override public List<Command> commands() {
        return List.of(new ToNuonCommand(), new FromNuonCommand(), new ToJsonCommand(), new FromJsonCommand(),
                new ToCsvCommand(), new FromCsvCommand(), new ToTsvCommand(), new FromTsvCommand(), new FromSsvCommand(),
                new ToTextCommand(), new ToMdCommand(), new ToYamlCommand("to yaml"), new FromYamlCommand("from yaml"), new ToYamlCommand("to yml"),
                new FromYamlCommand("from yml"), new ToTomlCommand(), new FromTomlCommand(), new FromUrlCommand());
    }
}
