package dev.nuebpf.stdlib.math;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.ArrayList;
import java.util.List;

/** Registers the math commands (one class per command shape in this package). */
public final class MathCommands implements CommandProvider {
    @Override public List<Command> commands() {
        List<Command> out = new ArrayList<>(List.of(
                new MathSumCommand(), new MathProductCommand(), new MathAvgCommand(),
                new MathMinCommand(false), new MathMinCommand(true), new MathMedianCommand(), new MathModeCommand(),
                new MathVarianceCommand(false), new MathVarianceCommand(true),
                new MathAbsCommand(), new MathRoundingCommand(true), new MathRoundingCommand(false), new MathRoundCommand(),
                new MathSqrtCommand(false), new MathSqrtCommand(true), new MathLogCommand()));
        for (MathFunction f : MathFunction.values()) out.add(new MathFunctionCommand(f));
        for (BitsLogicCommand.Op op : BitsLogicCommand.Op.values()) out.add(new BitsLogicCommand(op));
        for (BitsShiftCommand.Kind k : BitsShiftCommand.Kind.values()) out.add(new BitsShiftCommand(k));
        out.add(new BitsNotCommand());
        return out;
    }
}
