package dev.nuebpf.truffle.translate;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.Expr;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** Literal forms that need converting when translating (dates). */
final class Literals {
    private Literals() {}

    static Value date(Expr.DateLit d) {
        String t = d.text().trim();
        try {
            return new Value.Date(OffsetDateTime.parse(t).toZonedDateTime());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return new Value.Date(ZonedDateTime.parse(t));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return new Value.Date(LocalDateTime.parse(t).atZone(ZoneId.systemDefault()));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return new Value.Date(LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            throw ShellException.of("nu::parser::parse_mismatch", "Parse mismatch: expected datetime.", d.span(), "expected datetime");
        }
    }
}
