package dev.nuebpf.repl;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.Signature;
import dev.nuebpf.truffle.Shell;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion from what the shell knows: command names (and the next word of multi-word commands such
 * as {@code str upcase}) at the start of a pipeline element, the command's flags after {@code -}, variables
 * after {@code $}, probe specs after {@code ebpf attach} ({@link ProbeTargets}), file paths elsewhere.
 */
final class NuCompleter implements Completer {
    private final Shell shell;
    private final Completer files = new Completers.FileNameCompleter();
    /** Variables and custom commands defined by earlier entries of this session. */
    private final java.util.Set<String> variables = new java.util.TreeSet<>();
    private final java.util.Set<String> defs = new java.util.TreeSet<>();
    private static final java.util.regex.Pattern VAR =
            java.util.regex.Pattern.compile("\\b(?:let|mut|const)\\s+([A-Za-z_][\\w-]*)");
    private static final java.util.regex.Pattern DEF =
            java.util.regex.Pattern.compile("\\bdef\\s+(?:--\\w+\\s+)*(?:\"([^\"]+)\"|'([^']+)'|([^\\s\\[]+))");

    /** Remembers the names an entry defined, for completion of later entries. */
    void learn(String entry) {
        var m = VAR.matcher(entry);
        while (m.find()) variables.add("$" + m.group(1));
        var d = DEF.matcher(entry);
        while (d.find()) defs.add(d.group(1) != null ? d.group(1) : d.group(2) != null ? d.group(2) : d.group(3));
    }

    NuCompleter(Shell shell) { this.shell = shell; }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> out) {
        String word = line.word();
        String before = line.line().substring(0, Math.max(0, line.cursor() - line.wordCursor()));
        List<String> segment = currentSegment(before);
        if (word.startsWith("$")) {
            for (String v : List.of("$env", "$nu", "$in")) out.add(new Candidate(v));
            for (String v : variables) out.add(new Candidate(v));
            return;
        }
        if (word.startsWith("-")) {
            Command c = commandOf(segment);
            if (c != null) {
                for (Signature.Flag f : c.signature().flags()) {
                    out.add(new Candidate("--" + f.longName(), "--" + f.longName(), null, f.description(), null, null, true));
                    if (f.shortName() != null) out.add(new Candidate("-" + f.shortName(), "-" + f.shortName(), null, f.description(), null, null, true));
                }
            }
            return;
        }
        // inside an open quote the parser's word lacks the quote, which then ends the segment as a word of its own
        if (!segment.isEmpty() && (segment.getLast().equals("'") || segment.getLast().equals("\"")))
            segment = segment.subList(0, segment.size() - 1);
        if (segment.size() == 2 && segment.get(0).equals("ebpf")
                && (segment.get(1).equals("attach") || segment.get(1).equals("simulate"))) {
            // values unquoted: JLine's parser quotes them as the typed word was (and closes a complete one)
            String typed = word.startsWith("'") || word.startsWith("\"") ? word.substring(1) : word;
            for (String spec : ProbeTargets.complete(typed))
                out.add(new Candidate(spec, spec, null, null, null, null, !spec.endsWith(":")));
            return;
        }
        String prefix = String.join(" ", segment);
        boolean commandPosition = segment.isEmpty() || commandOf(segment) == null && isCommandPrefix(prefix);
        if (commandPosition) {
            TreeSet<String> next = new TreeSet<>();
            List<String> names = new ArrayList<>(defs);
            for (Command c : shell.commands()) names.add(c.name());
            for (String name : names) {
                String rest = prefix.isEmpty() ? name : name.startsWith(prefix + " ") ? name.substring(prefix.length() + 1) : null;
                if (rest == null) continue;
                int sp = rest.indexOf(' ');
                next.add(sp < 0 ? rest : rest.substring(0, sp));
            }
            for (String n : next) out.add(new Candidate(n, n, null, null, null, null, true));
            if (!segment.isEmpty() || !next.isEmpty()) return;
        }
        files.complete(reader, line, out);
    }

    /** The words of the pipeline element the cursor is in, up to the word being completed. */
    private static List<String> currentSegment(String before) {
        int cut = Math.max(Math.max(before.lastIndexOf('|'), before.lastIndexOf(';')),
                Math.max(before.lastIndexOf('('), Math.max(before.lastIndexOf('{'), before.lastIndexOf('\n'))));
        String seg = before.substring(cut + 1).trim();
        List<String> words = new ArrayList<>();
        if (seg.startsWith("|")) seg = seg.substring(1).trim();
        for (String w : seg.split("\\s+")) if (!w.isEmpty()) words.add(w);
        return words;
    }

    private boolean isCommandPrefix(String prefix) {
        for (Command c : shell.commands()) if (c.name().startsWith(prefix + " ")) return true;
        return false;
    }

    /** The longest command name made of the segment's first words. */
    private Command commandOf(List<String> words) {
        Command best = null;
        for (int n = 1; n <= Math.min(3, words.size()); n++) {
            String name = String.join(" ", words.subList(0, n));
            for (Command c : shell.commands()) if (c.name().equals(name)) best = c;
        }
        return best;
    }
}
