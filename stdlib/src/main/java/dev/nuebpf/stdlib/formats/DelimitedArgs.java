package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.List;

/** Flag handling shared by to/from csv and tsv. */
final class DelimitedArgs {
    private DelimitedArgs() {}

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
