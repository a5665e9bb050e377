package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;
import java.util.function.IntPredicate;

/** {@code str trim}: strips whitespace (or one given character) from either or both ends. */
public final class StrTrimCommand extends StrMapCommand {
    @Override public Signature signature() {
        return sig("str trim", "Remove whitespace or a given character from the ends of text.", "string")
                .named("char", SyntaxShape.STRING, "Character to trim (default: whitespace).", 'c')
                .switchFlag("left", "Trim only the start of the text.", 'l')
                .switchFlag("right", "Trim only the end of the text.", 'r')
                .searchTerms("whitespace", "strip", "lstrip", "rstrip");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Trim whitespace", "'Nu shell ' | str trim", Value.of("Nu shell")),
                Example.of("Trim a character", "'=== Nu shell ===' | str trim --char '='", Value.of(" Nu shell ")),
                Example.of("Trim the start only", "' Nu shell ' | str trim --left", Value.of("Nu shell ")),
                Example.of("Trim a character at the end", "'=== Nu shell ===' | str trim --right --char '='",
                        Value.of("=== Nu shell ")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String c = call.stringFlag("char");
        IntPredicate trimmed;
        if (c == null) {
            trimmed = Text::isTrimSpace;
        } else {
            if (c.codePointCount(0, c.length()) != 1) {
                throw Errors.generic("Trim only works with single character", call.flagSpan("char"), "needs single character");
            }
            int cp = c.codePointAt(0);
            trimmed = x -> x == cp;
        }
        boolean left = call.has("left"), right = call.has("right");
        boolean both = left == right;
        return Operate.map(input, call, v -> Value.of(trim(Operate.str(call, v), trimmed, both || left, both || right)));
    }

    static String trim(String s, IntPredicate p, boolean left, boolean right) {
        int start = 0, end = s.length();
        if (left) while (start < end && p.test(s.codePointAt(start))) start += Character.charCount(s.codePointAt(start));
        if (right) while (end > start && p.test(s.codePointBefore(end))) end -= Character.charCount(s.codePointBefore(end));
        return s.substring(start, end);
    }
}
