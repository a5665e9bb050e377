package dev.nuebpf.repl;

import dev.nuebpf.command.Command;
import dev.nuebpf.truffle.Shell;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the line being edited roughly as nu does: known commands and keywords, strings, numbers,
 * variables, flags; an unknown command word is shown in red so typos stand out before Enter.
 */
final class NuHighlighter implements Highlighter {
    private static final Set<String> KEYWORDS = Set.of("let", "mut", "const", "def", "if", "else", "for", "in", "while",
            "loop", "break", "continue", "return", "match", "try", "catch", "do", "module", "use", "export", "alias",
            "source", "extern", "and", "or", "not", "xor", "mod");
    private static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle NUMBER = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);
    private static final AttributedStyle VARIABLE = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    private static final AttributedStyle FLAG = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle UNKNOWN = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);

    private final Shell shell;
    private Set<String> names;

    NuHighlighter(Shell shell) { this.shell = shell; }

    private Set<String> names() {
        if (names == null) {
            Set<String> s = new HashSet<>();
            for (Command c : shell.commands()) s.add(c.name());
            names = s;
        }
        return names;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        int n = buffer.length();
        boolean commandPos = true;
        for (int i = 0; i < n; ) {
            char c = buffer.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                int j = i + 1;
                while (j < n && buffer.charAt(j) != c) j += (c == '"' && buffer.charAt(j) == '\\') ? 2 : 1;
                j = Math.min(n, j + 1);
                sb.styled(STRING, buffer.substring(i, j));
                i = j;
                commandPos = false;
            } else if (c == '#') {
                int j = buffer.indexOf('\n', i);
                j = j < 0 ? n : j;
                sb.styled(AttributedStyle.DEFAULT.faint(), buffer.substring(i, j));
                i = j;
            } else if (c == '|' || c == ';' || c == '(' || c == '{' || c == '\n') {
                sb.append(c);
                i++;
                commandPos = true;
                if (c == '{') {
                    // Closure parameters {|a, b| ...} are not a command.
                    int j = i;
                    while (j < n && buffer.charAt(j) == ' ') j++;
                    if (j < n && buffer.charAt(j) == '|') {
                        int k = buffer.indexOf('|', j + 1);
                        k = k < 0 ? n : k + 1;
                        sb.append(buffer, i, k);
                        i = k;
                    }
                }
            } else if (Character.isWhitespace(c) || "[]}),:=".indexOf(c) >= 0) {
                sb.append(c);
                i++;
            } else {
                int j = i;
                while (j < n && !Character.isWhitespace(buffer.charAt(j)) && "|;(){}[],\"'`".indexOf(buffer.charAt(j)) < 0) j++;
                String word = buffer.substring(i, j);
                if (commandPos) {
                    int end = j;
                    String name = word;
                    // Take the next word too when the two form a command (str upcase, into int...).
                    int k = j;
                    while (k < n && buffer.charAt(k) == ' ') k++;
                    int m = k;
                    while (m < n && Character.isLetterOrDigit(buffer.charAt(m)) || m < n && buffer.charAt(m) == '-') m++;
                    if (m > k && names().contains(word + " " + buffer.substring(k, m))) {
                        end = m;
                        name = word + " " + buffer.substring(k, m);
                    }
                    AttributedStyle st = KEYWORDS.contains(word) ? KEYWORD
                            : names().contains(name) ? COMMAND
                            : word.startsWith("$") || NUM.matcher(word).matches() || word.startsWith("^") ? null : UNKNOWN;
                    if (st == null) styleWord(sb, buffer.substring(i, end));
                    else sb.styled(st, buffer.substring(i, end));
                    i = end;
                    commandPos = KEYWORDS.contains(word) && !Set.of("let", "mut", "const", "def", "for").contains(word);
                } else {
                    styleWord(sb, word);
                    i = j;
                }
            }
        }
        return sb.toAttributedString();
    }

    private static final Pattern NUM = Pattern.compile("-?(0x[0-9a-fA-F_]+|0b[01_]+|0o[0-7_]+|[0-9][0-9_]*(\\.[0-9_]+)?([eE][-+]?[0-9]+)?)([a-zA-Zµ]+)?");

    private static void styleWord(AttributedStringBuilder sb, String word) {
        if (word.startsWith("$")) sb.styled(VARIABLE, word);
        else if (word.startsWith("-") && word.length() > 1 && !Character.isDigit(word.charAt(1))) sb.styled(FLAG, word);
        else if (NUM.matcher(word).matches()) sb.styled(NUMBER, word);
        else sb.append(word);
    }

    @Override public void setErrorPattern(Pattern errorPattern) { }

    @Override public void setErrorIndex(int errorIndex) { }
}
