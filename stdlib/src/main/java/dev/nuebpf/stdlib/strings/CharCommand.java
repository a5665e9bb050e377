package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code char}: a named special character ({@code char newline}), characters from hex code points
 * ({@code --unicode 1f378}) or integers ({@code --integer 65}), or the table of names ({@code --list}).
 */
public final class CharCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("char", Category.STRINGS)
                .description("Output special characters by name, hex code point or integer.")
                .optional("character", SyntaxShape.ANY, "The name of the character, or a code point with --unicode/--integer.")
                .rest("rest", SyntaxShape.ANY, "More code points, with --unicode or --integer.")
                .switchFlag("list", "List the named characters.", 'l')
                .switchFlag("unicode", "Take hex Unicode code points.", 'u')
                .switchFlag("integer", "Take integer code points.", 'i')
                .io("nothing", "any")
                .searchTerms("line break", "newline", "Unicode");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("A newline", "char newline", Value.of("\n")),
                Example.of("Combine named characters", "(char prompt) + (char newline) + (char hamburger)", Value.of("▶\n≡")),
                Example.of("From a hex code point", "char --unicode 1f378", Value.of("🍸")),
                Example.of("From integers", "char --integer (0x60 + 1) (0x60 + 2)", Value.of("ab")),
                Example.of("Several code points make one character", "char --unicode 1F468 200D 1F466 200D 1F466",
                        Value.of("👨\u200d👦\u200d👦")),
                Example.parseOnly("All the named characters", "char --list"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        if (call.has("list")) return PipelineData.of(list());
        List<Value> args = new ArrayList<>();
        if (call.positional(0) != null) args.add(call.positional(0));
        args.addAll(call.rest());
        if (args.isEmpty()) {
            throw ShellException.of("nu::shell::missing_parameter", "Missing parameter: missing name of the character.",
                    call.head(), "missing parameter: missing name of the character.");
        }
        StringBuilder sb = new StringBuilder();
        if (call.has("integer")) {
            for (Value v : args) {
                long cp = Errors.expectInt(v, call.head());
                if (cp < 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    throw Errors.typeMismatch("a valid Unicode code point", v, call.head());
                }
                sb.appendCodePoint((int) cp);
            }
        } else if (call.has("unicode")) {
            for (Value v : args) {
                if (!(v instanceof Value.Str s)) {
                    throw ShellException.of("nu::shell::cant_convert", "Can't convert to string.", call.head(), "can't convert " + v.typeName() + " to string");
                }
                try {
                    int cp = Integer.parseInt(s.value(), 16);
                    if (!Character.isValidCodePoint(cp)) throw new NumberFormatException();
                    sb.appendCodePoint(cp);
                } catch (NumberFormatException e) {
                    throw Errors.typeMismatch("a hex Unicode code point", v, call.head());
                }
            }
        } else {
            String name = Errors.expectString(args.get(0), call.positionalSpan(0));
            String c = CharNames.lookup(name);
            if (c == null) throw Errors.typeMismatch("a known character name (see char --list)", args.get(0), call.positionalSpan(0));
            sb.append(c);
        }
        return PipelineData.of(Value.of(sb.toString()));
    }

    /** Names whose character {@code char --list} shows as empty (nu hides these control characters there). */
    private static final java.util.Set<String> BLANK_IN_LIST = java.util.Set.of("nul", "null_byte", "zero_byte", "newline",
            "enter", "nl", "line_feed", "lf", "cr", "crlf", "eol", "lsep", "line_sep", "bel", "backspace");

    private static Value list() {
        List<Value> rows = new ArrayList<>();
        CharNames.UNICODE.forEach((name, hex) -> rows.add(Record.builder()
                .put("name", Value.of(name))
                .put("character", Value.of(BLANK_IN_LIST.contains(name) ? "" : CharNames.fromHex(List.of(hex.split(" ")))))
                .put("unicode", Value.of(hex)).build()));
        return new Value.ListV(rows);
    }
}
