package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Signature;
import dev.nuebpf.syntax.SyntaxShape;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.List;

/** Flag handling shared by to/from csv and tsv. */
final class DelimitedArgs {
    private DelimitedArgs() {}

    /** The reading flags {@code from csv} and {@code from tsv} share (csv adds --separator before them). */
    static Signature readFlags(Signature s) {
        return s.named("comment", SyntaxShape.STRING, "A comment character to ignore lines starting with it.", 'c')
                .named("quote", SyntaxShape.STRING, "A quote character to ignore separators in strings, defaults to '\"'.", 'q')
                .named("escape", SyntaxShape.STRING, "An escape character for strings containing the quote character.", 'e')
                .switchFlag("noheaders", "Don't treat the first row as column names.", 'n')
                .switchFlag("flexible", "Allow the number of fields in records to be variable.", null)
                .switchFlag("no-infer", "No field type inferencing.", null)
                .named("trim", SyntaxShape.STRING, "Drop leading and trailing whitespaces around headers names and/or field values.", 't')
                .io("string", "table");
    }

    static Character charFlag(Call call, String name, Character dflt) {
        String s = call.stringFlag(name);
        if (s == null) return dflt;
        if (s.codePointCount(0, s.length()) != 1) {
            throw ShellException.of("nu::shell::non_utf8_custom", "`" + name + "` must be a single character", call.flagSpan(name),
                    "expected a single character, found `" + s + "`");
        }
        return s.charAt(0);
    }

    static List<String> columns(Call call) {
        Value v = call.flag("columns");
        if (v == null) return null;
        List<String> out = new ArrayList<>();
        if (v instanceof Value.ListV l) for (Value x : l.items()) out.add(Errors.expectString(x, call.flagSpan("columns")));
        else out.add(Errors.expectString(v, call.flagSpan("columns")));
        return out;
    }

    static Csv.ReadOptions readOptions(Call call, char sep) {
        String trim = call.stringFlag("trim");
        if (trim != null && !List.of("all", "headers", "fields", "none").contains(trim)) {
            throw Errors.incorrectValue("the only possible values for trim are 'all', 'headers', 'fields' and 'none'", call.flagSpan("trim"));
        }
        return new Csv.ReadOptions(sep, charFlag(call, "quote", '"'), charFlag(call, "escape", null), charFlag(call, "comment", null),
                call.has("noheaders"), call.has("flexible"), call.has("no-infer"), trim);
    }
}
