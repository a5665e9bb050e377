package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ansi}: an ANSI escape sequence by name ({@code ansi green}, {@code ansi reset}), by hex colour
 * ({@code ansi '#ff0000'}), from a {@code {fg bg attr}} record, or raw with --escape / --osc.
 */
public final class AnsiCommand implements Command {
    private static final String E = "\u001b";

    @Override public Signature signature() {
        return Signature.build("ansi", Category.STRINGS)
                .description("Output ANSI escape sequences for colours and styles.")
                .optional("code", SyntaxShape.ANY, "A colour or style name, a #rrggbb colour, or a {fg bg attr} record.")
                .switchFlag("escape", "Prefix the code with the CSI escape (ESC [).", 'e')
                .switchFlag("osc", "Prefix the code with the OSC escape (ESC ]).", 'o')
                .switchFlag("list", "List the named sequences.", 'l')
                .io("nothing", "any")
                .searchTerms("color", "colour", "style", "escape");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Green text, then reset", "$'(ansi green)hi(ansi reset)'", Value.of(E + "[32mhi" + E + "[0m")),
                Example.of("A hex foreground colour", "ansi '#ff0000'", Value.of(E + "[38;2;255;0;0m")),
                Example.of("Colours and attributes from a record", "ansi {fg: '#ff0000' bg: '#0000ff' attr: b}",
                        Value.of(E + "[1;48;2;0;0;255;38;2;255;0;0m")),
                Example.of("Named colours in a record", "ansi {fg: green bg: light_red attr: bu}", Value.of(E + "[1;4;101;32m")),
                Example.of("A raw CSI code", "ansi --escape '31m'", Value.of(E + "[31m")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        if (call.has("list")) {
            List<Value> rows = new ArrayList<>();
            for (AnsiCodes.Entry e : AnsiCodes.BY_NAME.values()) {
                rows.add(Record.builder().put("name", Value.of(e.name())).put("short_name", Value.of(e.shortName()))
                        .put("code", Value.of(e.code().replace(E, "\\e"))).build());
            }
            return PipelineData.of(new Value.ListV(rows));
        }
        Value code = call.req(0);
        if (code instanceof Record r) return PipelineData.of(Value.of(fromRecord(r, call)));
        String s = Errors.expectString(code, call.positionalSpan(0));
        if (call.has("escape")) return PipelineData.of(Value.of(E + "[" + s));
        if (call.has("osc")) return PipelineData.of(Value.of(E + "]" + s));
        if (s.startsWith("#")) return PipelineData.of(Value.of(E + "[" + rgb(s, 38, call) + "m"));
        String seq = AnsiCodes.lookup(s);
        if (seq == null) throw Errors.typeMismatch("a known ansi name (see ansi --list)", code, call.positionalSpan(0));
        return PipelineData.of(Value.of(seq));
    }

    private static String fromRecord(Record r, Call call) {
        List<String> parts = new ArrayList<>();
        Value attr = r.get("attr");
        if (attr instanceof Value.Str a) {
            for (char c : a.value().toCharArray()) {
                String n = switch (c) {
                    case 'n' -> "0"; case 'b' -> "1"; case 'd' -> "2"; case 'i' -> "3"; case 'u' -> "4";
                    case 'l' -> "5"; case 'r' -> "7"; case 'h' -> "8"; case 's' -> "9";
                    default -> throw Errors.incorrectValue("unknown attribute '" + c + "'", call.positionalSpan(0));
                };
                parts.add(n);
            }
        }
        if (r.get("bg") instanceof Value.Str bg) parts.add(color(bg.value(), 48, call));
        if (r.get("fg") instanceof Value.Str fg) parts.add(color(fg.value(), 38, call));
        return E + "[" + String.join(";", parts) + "m";
    }

    private static String color(String c, int base, Call call) {
        if (c.startsWith("#")) return rgb(c, base, call);
        Integer fg = AnsiCodes.COLOR_SGR.get(c);
        if (fg == null) throw Errors.incorrectValue("unknown colour '" + c + "'", call.positionalSpan(0));
        return Integer.toString(base == 48 ? fg + 10 : fg);
    }

    private static String rgb(String hex, int base, Call call) {
        String h = hex.substring(1);
        if (!h.matches("[0-9a-fA-F]{6}")) throw Errors.incorrectValue("expected a #rrggbb colour", call.positionalSpan(0));
        int v = Integer.parseInt(h, 16);
        return base + ";2;" + (v >> 16 & 255) + ";" + (v >> 8 & 255) + ";" + (v & 255);
    }
}
