package dev.nuebpf.stdlib.conversions;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.date.Strftime;
import dev.nuebpf.syntax.SyntaxShape;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** {@code format date}: strftime formatting; without a format, RFC 2822 as nu prints it. */
public final class FormatDateCommand implements Command {
    static final String RFC2822 = "%a, %d %b %Y %H:%M:%S %z";

    @Override public Signature signature() {
        return Signature.build("format date", Category.CONVERSIONS)
                .description("Format a given date using a format string.")
                .optional("format string", SyntaxShape.STRING, "The desired format date.")
                .switchFlag("list", "Lists strftime cheatsheet.", 'l')
                .io("datetime", "string").io("string", "string").io("list<datetime>", "list<string>").io("list<string>", "list<string>")
                .searchTerms("fmt", "strftime");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Format a given date-time using the default format (RFC 2822).",
                        "'2021-10-22 20:00:12 +01:00' | into datetime | format date", Value.of("Fri, 22 Oct 2021 20:00:12 +0100")),
                Example.of("Format a given date-time as a string using the default format (RFC 2822).",
                        "\"2021-10-22 20:00:12 +01:00\" | format date", Value.of("Fri, 22 Oct 2021 20:00:12 +0100")),
                Example.of("Format a given date-time according to the RFC 3339 standard.",
                        "'2021-10-22 20:00:12 +01:00' | into datetime | format date \"%+\"", Value.of("2021-10-22T20:00:12+01:00")),
                Example.of("Format a date using a custom format string", "2021-10-22T20:00:12+01:00 | format date '%Y-%m-%d'", Value.of("2021-10-22")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        if (call.has("list")) return PipelineData.of(StrftimeCheatsheet.table());
        Value f = call.positional(0);
        String fmt = f == null ? RFC2822 : Errors.expectString(f, call.positionalSpan(0));
        Span fmtSpan = f == null ? call.head() : call.positionalSpan(0);
        return Operate.map(call, input, v -> format(v, fmt, fmtSpan, call.head()));
    }

    static Value format(Value v, String fmt, Span fmtSpan, Span head) {
        ZonedDateTime t = switch (v) {
            case Value.Date d -> d.value();
            case Value.Str s -> {
                ZonedDateTime g = DateGuess.parse(s.value(), ZoneId.systemDefault());
                if (g == null) throw ShellException.of("nu::shell::datetime_parse_error", "Unable to parse datetime: [" + s.value() + "].",
                        head, "datetime parsing failed");
                yield IntoDatetimeCommand.fixed(g);
            }
            default -> throw Errors.unsupportedInput("format date", "date, string (that represents datetime)", v, head, head);
        };
        try {
            return Value.of(Strftime.format(t, fmt));
        } catch (Strftime.FormatException e) {
            throw ShellException.of("nu::shell::type_mismatch", "Type mismatch.", fmtSpan, "invalid format");
        }
    }
}
