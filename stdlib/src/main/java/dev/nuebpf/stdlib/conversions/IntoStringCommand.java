package dev.nuebpf.stdlib.conversions;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.ValueDisplay;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** {@code into string}: scalars in their display form ({@link ValueDisplay}); numbers with --decimals, --group-digits. */
public final class IntoStringCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("into string", Category.CONVERSIONS)
                .description("Convert value to string.")
                .switchFlag("group-digits", "Group digits together by the locale-specific thousands separator.", 'g')
                .named("decimals", SyntaxShape.INT, "Decimal digits to which to round.", 'd')
                .rest("rest", SyntaxShape.CELL_PATH, "For a data structure input, convert data at the given cell paths.")
                .io("binary", "string").io("int", "string").io("number", "string").io("string", "string").io("glob", "string")
                .io("bool", "string").io("filesize", "string").io("datetime", "string").io("duration", "string")
                .io("cell-path", "string").io("range", "string").io("list<any>", "list<string>").io("table", "table").io("record", "record")
                .searchTerms("convert", "text");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("convert int to string and append three decimal places", "5 | into string --decimals 3", Value.of("5.000")),
                Example.of("convert float to string and round to nearest integer", "1.7 | into string --decimals 0", Value.of("2")),
                Example.of("convert float to string", "1.7 | into string --decimals 1", Value.of("1.7")),
                Example.of("convert float to string and limit to 2 decimals", "1.734 | into string --decimals 2", Value.of("1.73")),
                Example.of("convert float to string", "4.3 | into string", Value.of("4.3")),
                Example.of("convert string to string", "'1234' | into string", Value.of("1234")),
                Example.of("convert boolean to string", "true | into string", Value.of("true")),
                Example.of("convert date to string", "'2020-10-10 10:00:00 +02:00' | into datetime | into string", Value.of("Sat Oct 10 10:00:00 2020")),
                Example.of("convert filesize to string", "1kB | into string", Value.of("1.0 kB")),
                Example.of("convert duration to string", "9day | into string", Value.of("1wk 2day")),
                Example.of("convert cell-path to string", "$.name | into string", Value.of("$.name")),
                Example.of("convert a column of numbers in a table", "[[n]; [1] [2]] | into string n",
                        new Value.ListV(List.of(Record.of("n", Value.of("1")), Record.of("n", Value.of("2"))))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Long decimals = call.intFlag("decimals");
        if (decimals != null && decimals < 0) {
            throw ShellException.of("nu::shell::type_mismatch", "Type mismatch.", call.flagSpan("decimals"),
                    "Cannot accept negative integers for decimals arguments");
        }
        boolean group = call.has("group-digits");
        return Operate.map(call, input, v -> convert(v, decimals, group, call.head()));
    }

    static Value convert(Value v, Long decimals, boolean group, Span head) {
        return switch (v) {
            case Value.Str s -> s;
            case Value.Int i when decimals != null -> Value.of(round(BigDecimal.valueOf(i.value()), decimals, group));
            case Value.Float f when decimals != null && Double.isFinite(f.value()) ->
                    Value.of(round(new BigDecimal(f.value()), decimals, group));
            case Value.Int i when group -> Value.of(String.format("%,d", i.value()));
            case Value.Float f -> Value.of(rustDisplay(f.value()));
            case Value.Date d -> {
                try {
                    yield Value.of(dev.nuebpf.stdlib.date.Strftime.format(d.value(), "%a %b %e %H:%M:%S %Y"));
                } catch (dev.nuebpf.stdlib.date.Strftime.FormatException e) {
                    throw Errors.cantConvert("string", "datetime", head);
                }
            }
            case Record r -> throw Errors.cantConvert("string", "record", head);
            case Value.Binary b -> throw Errors.cantConvert("string", "binary", head);
            case Value.ClosureV c -> throw Errors.cantConvert("string", "closure", head);
            case Value.Nothing n -> throw ShellException.of("nu::parser::input_type_mismatch",
                    "Command does not support nothing input.", head, "command doesn't support nothing input");
            default -> Value.of(ValueDisplay.toText(v));
        };
    }

    /** Rust's {@code f64} Display, which {@code into string} uses: shortest digits, never an exponent, no ".0". */
    static String rustDisplay(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return 1 / d < 0 ? "-0" : "0";
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    /** Rounds half-to-even on the exact binary value, as Rust's {@code {:.N}} does. */
    private static String round(BigDecimal d, long decimals, boolean group) {
        BigDecimal r = d.setScale((int) Math.min(decimals, 1000), RoundingMode.HALF_EVEN);
        String s = r.toPlainString();
        if (!group) return s;
        int dot = s.indexOf('.');
        String intPart = dot < 0 ? s : s.substring(0, dot);
        String grouped = String.format("%,d", new java.math.BigInteger(intPart));
        return dot < 0 ? grouped : grouped + s.substring(dot);
    }
}
