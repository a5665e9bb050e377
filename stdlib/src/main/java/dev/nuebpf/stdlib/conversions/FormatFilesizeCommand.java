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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** {@code format filesize UNIT}: "4000 MB", or two decimals when not whole ("1.50 kB"). Units are case-sensitive. */
public final class FormatFilesizeCommand implements Command {
    private static final List<String> UNITS = List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB");

    @Override public Signature signature() {
        return Signature.build("format filesize", Category.CONVERSIONS)
                .description("Converts a column of filesizes to some specified format.")
                .required("format value", SyntaxShape.STRING, "The format into which convert the file sizes.")
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, format filesizes at the given cell paths.")
                .io("filesize", "string").io("table", "table").io("record", "record")
                .searchTerms("convert", "display", "pattern", "human readable");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Convert the size data to MB", "4GB | format filesize MB", Value.of("4000 MB")),
                Example.of("Convert the size data to kB", "1MB | format filesize kB", Value.of("1000 kB")),
                Example.of("Show two decimals when not whole", "1500b | format filesize kB", Value.of("1.50 kB")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String unit = call.stringArg(0);
        if (!UNITS.contains(unit)) throw ShellException.of("nu::shell::invalid_unit", "Invalid unit", call.positionalSpan(0), "encountered here");
        long per = Units.filesizeUnit(unit);
        return Operate.map(call, input, v -> {
            if (!(v instanceof Value.Filesize f)) throw Errors.unsupportedInput("format filesize", "filesize", v, call.head(), call.head());
            return Value.of(ratio(f.bytes(), per) + " " + unit);
        });
    }

    /** n / per: the integer if exact, else rounded to two decimals. */
    static String ratio(long n, long per) {
        if (n % per == 0) return Long.toString(n / per);
        return BigDecimal.valueOf(n).divide(BigDecimal.valueOf(per), 2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
