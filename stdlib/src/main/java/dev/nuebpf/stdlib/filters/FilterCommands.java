package dev.nuebpf.stdlib.filters;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.ArrayList;
import java.util.List;

/** Registers the filters commands (one class per command in this package; families register their members). */
public final class FilterCommands implements CommandProvider {
    @Override public List<Command> commands() {
        List<Command> list = new ArrayList<>(List.of(
                new AllCommand(),
                new AnyCommand(),
                new AppendCommand(),
                new ChunkByCommand(),
                new ChunksCommand(),
                new ColumnsCommand(),
                new CombinationsCommand(),
                new CompactCommand(),
                new DropColumnCommand(),
                new DropCommand(),
                new DropNthCommand(),
                new EachCommand(),
                new EachWhileCommand(),
                new EnumerateCommand(),
                new EveryCommand(),
                new FilterCommand(),
                new FindCommand(),
                new FirstCommand(),
                new FlattenCommand(),
                new GetCommand(),
                new GroupByCommand(),
                new HistogramCommand(),
                new InsertCommand(),
                new InterleaveCommand(),
                new ItemsCommand(),
                new JoinCommand(),
                new LastCommand(),
                new LengthCommand(),
                new MergeCommand(),
                new MergeDeepCommand(),
                new MoveCommand(),
                new ParEachCommand(),
                new PermutationsCommand(),
                new PrependCommand(),
                new ReduceCommand(),
                new RejectCommand(),
                new RenameCommand(),
                new ReverseCommand(),
                new RotateCommand(),
                new SelectCommand(),
                new ShuffleCommand(),
                new SkipCommand(),
                new SkipUntilCommand(),
                new SkipWhileCommand(),
                new SliceCommand(),
                new SortByCommand(),
                new SortCommand(),
                new SplitListCommand(),
                new TakeCommand(),
                new TakeUntilCommand(),
                new TakeWhileCommand(),
                new TransposeCommand(),
                new UniqByCommand(),
                new UniqCommand(),
                new UpdateCellsCommand(),
                new UpdateCommand(),
                new UpsertCommand(),
                new ValuesCommand(),
                new WhereCommand(),
                new WindowCommand(),
                new WrapCommand(),
                new ZipCommand()));
        list.addAll(RollCommand.all());
        list.addAll(SetOpCommand.all());
        return list;
    }
}
