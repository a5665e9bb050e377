package dev.nuebpf.stdlib.conversions;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.format.Units;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code format duration UNIT}: "3600 sec", or two decimals when not whole ("1.50 sec"). */
public final class FormatDurationCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("format duration", Category.CONVERSIONS)
                .description("Outputs duration with a specified unit of time.")
                .required("format value", SyntaxShape.STRING, "The unit in which to display the duration.")
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, format duration at the given cell paths.")
                .io("duration", "string").io("list<duration>", "list<string>").io("table", "table")
                .searchTerms("convert", "display", "pattern", "human readable");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Convert µs duration to the requested second duration as a string", "1000000µs | format duration sec", Value.of("1 sec")),
                Example.of("Convert durations to µs duration as strings", "[1sec 2sec] | format duration µs",
                        new Value.ListV(List.of(Value.of("1000000 µs"), Value.of("2000000 µs")))),
                Example.of("Convert duration to µs as a string if unit asked for was us", "1sec | format duration us", Value.of("1000000 µs")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String unit = call.stringArg(0);
        long per = Units.durationUnit(unit);
        if (per < 0) throw ShellException.of("nu::shell::invalid_unit", "Invalid unit", call.positionalSpan(0), "encountered here");
        String shown = unit.equals("us") ? "µs" : unit;
        return Operate.map(call, input, v -> {
            if (!(v instanceof Value.Duration d)) throw Errors.unsupportedInput("format duration", "duration", v, call.head(), call.head());
            return Value.of(FormatFilesizeCommand.ratio(d.nanos(), per) + " " + shown);
        });
    }
}
