package dev.nuebpf.stdlib.filters;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import dev.nuebpf.runtime.Values;
import dev.nuebpf.stdlib.common.CellPathOps;
import dev.nuebpf.stdlib.common.Closures;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.runtime.TypeNames;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
/**
 * {@code find}: keeps the rows that contain a search term (or match --regex). Strings are searched
 * for substrings and, unless --no-highlight, get the matches marked with ANSI colours as nu does;
 * other values match when their text equals a term. Multi-line strings are searched line by line.
 */
public final class FindCommand implements Command {
    private static final String NORMAL = "\u001b[39m", MATCH = "\u001b[41;39m", RESET = "\u001b[0m";

    private final Signature sig = Signature.build("find", Category.FILTERS)
            .description("Search for terms in the input data.")
            .rest("rest", SyntaxShape.ANY, "Terms to search.")
            .named("regex", SyntaxShape.STRING, "Regex to match with.", 'r')
            .switchFlag("ignore-case", "Case-insensitive; when in regex mode, this is equivalent to (?i).", 'i')
            .switchFlag("multiline", "Don't split multi-line strings into lists of lines. you should use this option when using the (?m) or (?s) flags in regex mode.", 'm')
            .switchFlag("dotall", "Dotall regex mode: allow a dot . to match newlines \\n; equivalent to (?s).", 's')
            .named("columns", SyntaxShape.LIST, "Column names to be searched.", 'c')
            .switchFlag("no-highlight", "No-highlight mode: find without marking with ansi code.", 'n')
            .switchFlag("invert", "Invert the match.", 'v')
            .switchFlag("rfind", "Search from the end of the string and only return the first match.", 'R')
            .io("list<any>", "list<any>").io("string", "any")
            .searchTerms("filter", "regex", "search", "condition", "grep");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Find numbers equal to a term", "[1 5 35 4] | find 5", ints(5)),
                Example.of("Find strings without highlighting", "[moe larry curly] | find --no-highlight l", strs("larry", "curly")),
                Example.of("Find with a regular expression", "[abc odb arc abf] | find --no-highlight --regex 'b.'", strs("abc", "abf")),
                Example.of("Ignore case", "[aBc bde Arc abf] | find --no-highlight --ignore-case ab", strs("aBc", "abf")),
                Example.of("Keep the rows that do not match", "[[v n]; ['0.1.0' nushell] ['0.1.1' fish]] | find --regex nu --invert",
                        table(cols("v", "n"), row(s("0.1.1"), s("fish")))),
                Example.of("Search only some columns", "[[a b]; [moe larry] [larry moe]] | find --no-highlight moe --columns [a]",
                        table(cols("a", "b"), row(s("moe"), s("larry")))),
                Example.of("Matches are highlighted", "[xay] | find a", strs(NORMAL + "x" + RESET + MATCH + "a" + RESET + NORMAL + "y" + RESET)));
    }

    private record Matcher(java.util.regex.Pattern pattern, List<String> texts, boolean ignoreCase, boolean highlight, boolean rfind) {}

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean ci = call.has("ignore-case");
        String regex = call.stringFlag("regex");
        List<String> texts = new ArrayList<>();
        for (Value t : call.rest()) texts.add(dev.nuebpf.format.ValueDisplay.toText(t));
        java.util.regex.Pattern p;
        int flags = (ci ? java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE : 0)
                | (call.has("dotall") ? java.util.regex.Pattern.DOTALL : 0);
        try {
            if (regex != null) p = java.util.regex.Pattern.compile(regex, flags);
            else if (texts.isEmpty()) throw ShellErrors.generic("Missing search terms", "find needs at least one term or --regex", call.head());
            else p = java.util.regex.Pattern.compile(String.join("|", texts.stream().map(java.util.regex.Pattern::quote).toList()), flags);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw ShellErrors.incorrectValue("invalid regex: " + e.getDescription(), call.flagSpan("regex"));
        }
        boolean invert = call.has("invert");
        Matcher m = new Matcher(p, regex == null ? texts : List.of(), ci, !call.has("no-highlight") && !invert, call.has("rfind"));
        List<String> columns = new ArrayList<>();
        Value cv = call.flag("columns");
        if (cv != null) for (java.util.Iterator<Value> it = Values.iterate(cv); it.hasNext(); ) columns.add(dev.nuebpf.format.ValueDisplay.toText(it.next()));
        boolean multiline = call.has("multiline");
        if (input instanceof PipelineData.Single s && s.value() instanceof Value.Str str) {
            if (multiline || !str.value().contains("\n")) {
                boolean hit = matches(str, m, columns);
                if (hit == invert) return PipelineData.EMPTY;
                return PipelineData.of(m.highlight() ? mark(str, m, columns) : str);
            }
            input = PipelineData.of(new Value.ListV(java.util.Arrays.stream(str.value().split("\\r?\\n", -1)).map(x -> (Value) Value.of(x)).toList()));
        }
        Iterator<Value> src = Inputs.listIterator(call, input, "list or string");
        if (!multiline) {
            // Multi-line strings in a list are searched line by line, each line a row.
            Iterator<Value> raw = src;
            src = Inputs.flatMap(call, raw, v -> v instanceof Value.Str str && str.value().contains("\n")
                    ? java.util.Arrays.stream(str.value().split("\\r?\\n", -1)).map(x -> (Value) Value.of(x)).iterator()
                    : List.of(v).iterator()).iterator();
        }
        return Inputs.map(call, src, v -> matches(v, m, columns) != invert ? (m.highlight() ? mark(v, m, columns) : v) : null);
    }

    private static boolean matches(Value v, Matcher m, List<String> columns) {
        if (v instanceof Value.Str s) return m.pattern().matcher(s.value()).find();
        if (v instanceof Record r) {
            for (int k = 0; k < r.size(); k++)
                if ((columns.isEmpty() || columns.contains(r.keys().get(k))) && matches(r.values().get(k), m, List.of())) return true;
            return false;
        }
        if (v instanceof Value.ListV l) {
            for (Value x : l.items()) if (matches(x, m, List.of())) return true;
            return false;
        }
        if (v == Value.NOTHING) return false;
        String text = dev.nuebpf.format.ValueDisplay.toText(v);
        if (m.texts().isEmpty()) return m.pattern().matcher(text).find();
        for (String t : m.texts()) if (m.ignoreCase() ? t.equalsIgnoreCase(text) : t.equals(text)) return true;
        return false;
    }

    private static Value mark(Value v, Matcher m, List<String> columns) {
        if (v instanceof Value.Str s) return matches(s, m, columns) ? Value.of(highlight(s.value(), m)) : s;
        if (v instanceof Record r) {
            Record.Builder b = Record.builder();
            for (int k = 0; k < r.size(); k++) {
                boolean searched = columns.isEmpty() || columns.contains(r.keys().get(k));
                b.put(r.keys().get(k), searched ? mark(r.values().get(k), m, List.of()) : r.values().get(k));
            }
            return b.build();
        }
        if (v instanceof Value.ListV l) return new Value.ListV(l.items().stream().map(x -> mark(x, m, List.of())).toList());
        return v;
    }

    /** Alternating unmatched/matched segments, each wrapped in its colour and a reset, as nu renders them. */
    private static String highlight(String s, Matcher m) {
        java.util.regex.Matcher mm = m.pattern().matcher(s);
        List<int[]> hits = new ArrayList<>();
        while (mm.find()) {
            if (mm.end() == mm.start()) continue;
            hits.add(new int[] {mm.start(), mm.end()});
        }
        if (m.rfind() && !hits.isEmpty()) hits = List.of(hits.get(hits.size() - 1));
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int[] h : hits) {
            sb.append(NORMAL).append(s, at, h[0]).append(RESET).append(MATCH).append(s, h[0], h[1]).append(RESET);
            at = h[1];
        }
        sb.append(NORMAL).append(s.substring(at)).append(RESET);
        return sb.toString();
    }
}
