package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;
import java.util.Locale;

/**
 * {@code fill}: pads text (or a number, or a filesize's byte count) to a width with a fill string, aligned
 * left, right, centered (extra padding right) or center-right (extra padding left).
 */
public final class FillCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("fill", Category.STRINGS)
                .description("Pad text or numbers to a width, with a chosen alignment and fill character.")
                .named("width", SyntaxShape.INT, "The width to pad to.", 'w')
                .named("alignment", SyntaxShape.STRING, "left, right, center or centerright (also l, r, c, m, cr, mr, middle ...).", 'a')
                .named("character", SyntaxShape.STRING, "The fill character (default: space).", 'c')
                .io("int", "string").io("float", "string").io("string", "string").io("filesize", "string")
                .io("list<int>", "list<string>").io("list<float>", "list<string>").io("list<string>", "list<string>")
                .io("list<filesize>", "list<string>").io("list<any>", "list<string>")
                .searchTerms("display", "render", "format", "pad", "align", "repeat");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Pad on the right", "'nushell' | fill --alignment l --character '─' --width 15", Value.of("nushell────────")),
                Example.of("Pad on the left", "'nushell' | fill --alignment r --character '─' --width 15", Value.of("────────nushell")),
                Example.of("Center", "'abc' | fill --alignment center --character '+' --width 5", Value.of("+abc+")),
                Example.of("Zero-pad a number", "1 | fill --alignment right --character '0' --width 5", Value.of("00001")),
                Example.of("Center a filesize's bytes", "1kib | fill --alignment middle --character '0' --width 10", Value.of("0001024000")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Long width = call.intFlag("width");
        String alignment = call.stringFlag("alignment");
        String fill = call.stringFlag("character");
        String c = fill == null ? " " : fill;
        Align align = Align.parse(alignment);
        return Operate.mapEach(input, v -> Value.of(pad(text(call, v), width == null ? 0 : width, align, c)));
    }

    private static String text(Call call, Value v) {
        return switch (v) {
            case Value.Str s -> s.value();
            case Value.Int i -> Long.toString(i.value());
            case Value.Float f -> plain(f.value());
            case Value.Filesize f -> Long.toString(f.bytes());
            default -> throw dev.nuebpf.stdlib.common.ShellErrors.unsupportedInput("int, float, string or filesize", v, call.head(), null);
        };
    }

    /** A float as Rust's Display writes it (nu's fill uses that): shortest digits, no exponent, no ".0". */
    static String plain(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0" : "0";
        return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    enum Align {
        LEFT, RIGHT, CENTER, CENTER_RIGHT;

        static Align parse(String s) {
            if (s == null) return LEFT;
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "r", "right" -> RIGHT;
                case "c", "center", "m", "middle" -> CENTER;
                case "cr", "centerright", "center_right", "mr", "middleright", "middle_right" -> CENTER_RIGHT;
                default -> LEFT;
            };
        }
    }

    static String pad(String s, long width, Align align, String fill) {
        long len = s.codePointCount(0, s.length());
        if (len >= width) return s;
        int total = (int) (width - len);
        int left = switch (align) {
            case LEFT -> 0;
            case RIGHT -> total;
            case CENTER -> total / 2;
            case CENTER_RIGHT -> total - total / 2;
        };
        return fill.repeat(left) + s + fill.repeat(total - left);
    }
}
