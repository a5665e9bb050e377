package dev.nuebpf.stdlib.filters;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.List;

/** Registers the filters commands (one class per command in this package). */
public final class FilterCommands implements CommandProvider {
    @Override public List<Command> commands() {
        return List.of(
                new AllCommand(),
                new AnyCommand(),
                new EachCommand(),
                new EachWhileCommand(),
                new FilterCommand(),
                new FirstCommand(),
                new GetCommand(),
                new LastCommand(),
                new ParEachCommand(),
                new ReduceCommand(),
                new RejectCommand(),
                new SelectCommand(),
                new SkipCommand(),
                new SkipUntilCommand(),
                new SkipWhileCommand(),
                new TakeCommand(),
                new TakeUntilCommand(),
                new TakeWhileCommand(),
                new WhereCommand()
);
    }
}
