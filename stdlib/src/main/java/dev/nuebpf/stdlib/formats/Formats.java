package dev.nuebpf.stdlib.formats;

import dev.nuebpf.diag.Span;
import dev.nuebpf.format.Nuon;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.Locale;

/**
 * The formats by file extension, for {@code open} and {@code save}: the same conversions as the
 * {@code from X} / {@code to X} commands with their default flags.
 */
public final class Formats {
    private Formats() {}

    /** Parses {@code text} as the format its extension names, or returns null for an unknown extension. */
    public static Value parse(String extension, String text, Span span) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "json" -> Json.parse(text, span);
            case "nuon" -> Nuon.parse(text, span);
            case "csv" -> Csv.read(text, new Csv.ReadOptions(',', '"', null, null, false, false, false, null), span);
            case "tsv" -> Csv.read(text, new Csv.ReadOptions('\t', '"', null, null, false, false, false, null), span);
            case "yaml", "yml" -> Yaml.read(text, span);
            case "toml" -> Toml.read(text, span);
            default -> null;
        };
    }

    /** Serialises {@code v} as the format its extension names, or returns null for an unknown extension. */
    public static String write(String extension, Value v, Span span) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "json" -> Json.write(Json.materialize(v), "  ", false, span);
            case "nuon" -> Nuon.write(v, Nuon.Options.DEFAULT, span);
            case "csv" -> Csv.write(v, ',', false, null, span);
            case "tsv" -> Csv.write(v, '\t', false, null, span);
            case "yaml", "yml" -> Yaml.write(Json.materialize(v));
            case "toml" -> v instanceof Record r ? Toml.write(r) : null;
            case "md" -> ToMdCommand.render(v);
            default -> null;
        };
    }

    /** {@code to text} of a value (what {@code save} writes for structured data of an unknown format). */
    public static String text(Value v) {
        if (v instanceof Value.ListV l) {
            StringBuilder sb = new StringBuilder();
            for (Value x : l.items()) sb.append(ToTextCommand.item(x)).append('\n');
            return sb.toString();
        }
        if (v instanceof Record r) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.size(); i++) sb.append(r.keys().get(i)).append(": ").append(ToTextCommand.item(r.values().get(i))).append('\n');
            return sb.toString();
        }
        return v == Value.NOTHING ? "" : ToTextCommand.item(v);
    }
}
