package dev.nuebpf.repl;

/**
 * Decides whether REPL input is complete: a line with an open bracket or an unterminated string
 * continues on the next line, as in nu. Comments and the contents of strings do not count.
 */
final class Brackets {
    private Brackets() {}

    static boolean incomplete(String src) {
        int depth = 0;
        int n = src.length();
        for (int i = 0; i < n; i++) {
            char c = src.charAt(i);
            switch (c) {
                case '#' -> {
                    while (i < n && src.charAt(i) != '\n') i++;
                }
                case '"' -> {
                    i++;
                    while (i < n && src.charAt(i) != '"') {
                        if (src.charAt(i) == '\\') i++;
                        i++;
                    }
                    if (i >= n) return true;
                }
                case '\'', '`' -> {
                    int end = src.indexOf(c, i + 1);
                    if (end < 0) return true;
                    i = end;
                }
                case 'r' -> {
                    // Raw string r#'...'# (any number of #): skip to the matching close.
                    int j = i + 1;
                    while (j < n && src.charAt(j) == '#') j++;
                    if (j > i + 1 && j < n && src.charAt(j) == '\'' && (i == 0 || !Character.isLetterOrDigit(src.charAt(i - 1)))) {
                        String close = "'" + "#".repeat(j - i - 1);
                        int end = src.indexOf(close, j + 1);
                        if (end < 0) return true;
                        i = end + close.length() - 1;
                    }
                }
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> depth--;
                default -> { }
            }
        }
        return depth > 0;
    }
}
