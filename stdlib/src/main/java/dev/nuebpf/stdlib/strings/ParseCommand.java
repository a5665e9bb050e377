package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code parse}: every match of a pattern becomes a row. A simple pattern ({@code "{name} {_}"}) is turned
 * into an anchored regex with one lazy group per placeholder ({@code _} is dropped, {@code {{} is a literal
 * brace); --regex takes the regex as given, unnamed groups becoming capture0, capture1 ...
 */
public final class ParseCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("parse", Category.STRINGS)
                .description("Extract columns from text with a simple pattern or a regular expression.")
                .required("pattern", SyntaxShape.STRING, "The pattern to match.")
                .switchFlag("regex", "Use full regex syntax for the pattern.", 'r')
                .named("backtrack", SyntaxShape.INT, "Backtracking limit of the regex engine (accepted, not needed here).", 'b')
                .io("string", "table").io("list<any>", "table")
                .searchTerms("pattern", "match", "regex", "str extract");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Two named columns", "\"hi there\" | parse \"{foo} {bar}\"",
                        new Value.ListV(List.of(Record.of("foo", Value.of("hi"), "bar", Value.of("there"))))),
                Example.of("Drop a column with _", "\"hello world\" | parse \"{foo} {_}\"",
                        new Value.ListV(List.of(Record.of("foo", Value.of("hello"))))),
                Example.of("Unnamed regex groups", "\"foo! bar.\" | parse --regex '(\\w+)(?=\\.)|(\\w+)(?=!)'",
                        new Value.ListV(List.of(Record.of("capture0", Value.NOTHING, "capture1", Value.of("foo")),
                                Record.of("capture0", Value.of("bar"), "capture1", Value.NOTHING)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String pattern = call.stringArg(0);
        String regex = call.has("regex") ? pattern : toRegex(pattern, call);
        Regexes.Compiled re = Regexes.compile(regex, call.positionalSpan(0));
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < re.groupCount(); i++) columns.add(re.groupNames().get(i) == null ? "capture" + i : re.groupNames().get(i));
        if (input instanceof PipelineData.Empty) return input;
        // an external's output is matched as one text (the pattern's anchors span all its lines)
        if (input instanceof PipelineData.ByteStream) input = PipelineData.of(input.collect());
        if (input instanceof PipelineData.Single s && s.value() instanceof Value.Str str) {
            List<Value> rows = new ArrayList<>();
            matches(re, columns, str.value(), rows);
            return PipelineData.of(new Value.ListV(rows));
        }
        if (input instanceof PipelineData.Single s && !(s.value() instanceof Value.ListV)) throw Operate.notString(call, s.value());
        Iterator<Value> src = input.iterator();
        return PipelineData.stream(new Iterator<>() {
            final ArrayDeque<Value> pending = new ArrayDeque<>();
            public boolean hasNext() {
                while (pending.isEmpty() && src.hasNext()) {
                    List<Value> rows = new ArrayList<>();
                    matches(re, columns, Operate.str(call, src.next()), rows);
                    pending.addAll(rows);
                }
                return !pending.isEmpty();
            }
            public Value next() {
                if (!hasNext()) throw new NoSuchElementException();
                return pending.poll();
            }
        }, call.head());
    }

    private static void matches(Regexes.Compiled re, List<String> columns, String s, List<Value> out) {
        Matcher m = re.pattern().matcher(s);
        while (m.find()) {
            Record.Builder b = Record.builder();
            for (int i = 0; i < columns.size(); i++) {
                String g = m.group(i + 1);
                b.put(columns.get(i), g == null ? Value.NOTHING : Value.of(g));
            }
            out.add(b.build());
        }
    }

    /** The regex a simple pattern stands for. */
    static String toRegex(String pattern, Call call) {
        StringBuilder out = new StringBuilder("(?s)\\A");
        int i = 0, n = pattern.length();
        while (true) {
            StringBuilder literal = new StringBuilder();
            while (i < n) {
                char c = pattern.charAt(i++);
                if (c == '{') {
                    if (i < n && pattern.charAt(i) == '{') {
                        // nu 0.115: "{{x}" closing the pattern is a '{' then the placeholder x; elsewhere "{{" is '{'
                        if (pattern.indexOf('}', i + 1) == n - 1 && pattern.indexOf('{', i + 1) < 0 && i + 2 < n) {
                            literal.append('{');
                            i++;
                            break;
                        }
                        i++;
                    } else {
                        break;
                    }
                }
                literal.append(c);
            }
            if (!literal.isEmpty()) out.append(Pattern.quote(literal.toString()));
            StringBuilder column = new StringBuilder();
            while (i < n) {
                char c = pattern.charAt(i++);
                if (c == '}') break;
                column.append(c);
                if (i >= n) {
                    throw ShellException.of("nu::shell::delimiter_error", "Delimiter error", call.positionalSpan(0),
                            "Found opening `{` without an associated closing `}`");
                }
            }
            if (!column.isEmpty()) {
                out.append(column.toString().equals("_") ? "(?:" : "(?<" + column + ">").append(".*?)");
            }
            if (literal.isEmpty() && column.isEmpty()) break;
        }
        return out.append("\\z").toString();
    }
}
