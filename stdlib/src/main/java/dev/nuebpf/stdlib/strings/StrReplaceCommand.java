package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.format.ValueDisplay;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code str replace}: replaces the first (or every, with --all) match of a substring or regex by a string
 * (capture references expanded in regex mode unless --no-expand) or by what a closure returns for the match.
 */
public final class StrReplaceCommand extends StrMapCommand {
    @Override public Signature signature() {
        return sig("str replace", "Replace a substring or regex match in text.", "string")
                .required("find", SyntaxShape.STRING, "The substring or regex to find.")
                .required("replace", SyntaxShape.ANY, "The replacement string, or a closure computing it from the match.")
                .switchFlag("all", "Replace every match, not only the first.", 'a')
                .switchFlag("no-expand", "Take the replacement literally (no $1 or $name expansion).", 'n')
                .switchFlag("regex", "Treat find as a regular expression.", 'r')
                .switchFlag("multiline", "Regex mode where ^ and $ match at line ends (implies --regex).", 'm')
                .searchTerms("search", "shift", "switch", "regex");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Replace the first match", "'abc abc' | str replace 'b' 'z'", Value.of("azc abc")),
                Example.of("Replace all matches", "'abc abc abc' | str replace --all 'b' 'z'", Value.of("azc azc azc")),
                Example.of("Use a capture group", "'my_library.rb' | str replace -r '(.+).rb' '$1.nu'", Value.of("my_library.nu")),
                Example.of("Named groups and a literal dollar",
                        "'hello=world' | str replace -r '\\$?(?<varname>.*)=(?<value>.*)' '$$$varname = $value'",
                        Value.of("$hello = world")),
                Example.of("Only in some columns", "{ KeyA: abc, KeyB: abc } | str replace --all 'b' 'z' KeyA",
                        Record.of("KeyA", Value.of("azc"), "KeyB", Value.of("abc"))),
                Example.of("No expansion", "'dogs_$1_cats' | str replace -r '\\$1' '$2' -n", Value.of("dogs_$2_cats")),
                Example.parseOnly("Compute replacements with a closure",
                        "'a1b22' | str replace -a -r '\\d+' {|| $in | into int | $in * 2 | into string }"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String find = call.stringArg(0);
        Value repl = call.req(1);
        boolean all = call.has("all");
        boolean multiline = call.has("multiline");
        boolean regex = call.has("regex") || multiline;
        boolean noExpand = call.has("no-expand");
        Value.ClosureV closure = repl instanceof Value.ClosureV c ? c : null;
        String template = closure == null ? ValueDisplay.toText(requireString(call, repl)) : null;
        Regexes.Compiled re = regex
                ? Regexes.compile(find, multiline ? Pattern.MULTILINE : 0, call.positionalSpan(0))
                : new Regexes.Compiled(Pattern.compile(Pattern.quote(find)), List.of(), java.util.Map.of());
        boolean literal = !regex || noExpand;
        return Operate.map(input, call, v -> {
            String s = Operate.str(call, v);
            Matcher m = re.pattern().matcher(s);
            StringBuilder sb = new StringBuilder();
            int last = 0;
            while (m.find()) {
                sb.append(s, last, m.start());
                if (closure != null) {
                    List<Value> groups = new ArrayList<>();
                    for (int g = 1; g <= m.groupCount(); g++) {
                        String t = m.group(g);
                        groups.add(t == null ? Value.NOTHING : Value.of(t));
                    }
                    Value out = call.engine().callValue(closure, groups, PipelineData.of(Value.of(m.group())), call.positionalSpan(1));
                    sb.append(ValueDisplay.toText(out));
                } else {
                    sb.append(literal ? template : Regexes.expand(template, m, re));
                }
                last = m.end();
                if (!all) break;
            }
            sb.append(s, last, s.length());
            return Value.of(sb.toString());
        });
    }

    private static Value requireString(Call call, Value v) {
        if (v instanceof Value.Str) return v;
        throw dev.nuebpf.command.Errors.typeMismatch("string or closure", v, call.positionalSpan(1));
    }
}
