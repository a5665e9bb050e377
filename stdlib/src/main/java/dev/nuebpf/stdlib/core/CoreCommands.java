package dev.nuebpf.stdlib.core;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.ArrayList;
import java.util.List;

/** Registers the core commands (one class per command in this package). */
public final class CoreCommands implements CommandProvider {
    @Override public List<Command> commands() {
        List<Command> list = new ArrayList<>();
        list.add(new CollectCommand());
        list.add(new DefaultCommand());
        list.add(new DescribeCommand());
        list.add(new EchoCommand());
        list.add(new ErrorMakeCommand());
        list.add(new GenerateCommand());
        list.add(new HeadersCommand());
        list.add(new HelpCommand());
        list.add(new HelpCommandsCommand());
        list.add(new IgnoreCommand());
        list.add(new IsEmptyCommand());
        list.add(new IsNotEmptyCommand());
        list.add(new MetadataCommand());
        list.add(new MetadataSetCommand());
        list.add(new PrintCommand());
        list.add(new SeqCommand());
        list.add(new TimeitCommand());
        list.add(new DebugCommand());
        list.add(new TableCommand());
        list.add(new SleepCommand());
        list.add(new TeeCommand());
        list.addAll(RandomCommand.all());
        list.add(new VersionCommand());
        return list;
    }
}
