package dev.nuebpf.syntax;

import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Measures the parser against the real-scripts corpus (files real nu parses): how many parse without
 * diagnostics with no command shapes known. Run: {@code java -cp ... dev.nuebpf.syntax.RealScriptsTool [dir] [-v]}.
 * Also: {@code RealScriptsTool -e 'code'} prints the AST and diagnostics of a snippet.
 */
public final class RealScriptsTool {
    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("-e")) {
            ParseResult r = Parser.parse(new Source("snippet", args[1]), CommandShapes.NONE);
            System.out.println(r.block());
            for (Diagnostic d : r.errors()) System.out.println(format(d));
            return;
        }
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/real-scripts");
        boolean verbose = List.of(args).contains("-v");
        int ok = 0;
        int total = 0;
        long t0 = System.nanoTime();
        java.util.regex.Pattern pathRe = java.util.regex.Pattern.compile("\"path\": \"([^\"]+)\"");
        for (String line : Files.readAllLines(dir.resolve("expected.jsonl"))) {
            Matcher m = pathRe.matcher(line);
            if (!m.find()) continue;
            Path f = dir.resolve("files").resolve(m.group(1));
            String text = Files.readString(f);
            total++;
            ParseResult r = Parser.parse(new Source(f.toString(), text), CommandShapes.NONE);
            if (r.ok()) {
                ok++;
            } else if (verbose) {
                Diagnostic d = r.errors().get(0);
                System.out.println(m.group(1) + ": " + format(d));
            }
        }
        System.out.printf("%d/%d parse without errors (%.1f%%) in %d ms%n", ok, total, 100.0 * ok / total, (System.nanoTime() - t0) / 1_000_000);
    }

    static String format(Diagnostic d) {
        var s = d.span();
        String where = s == null ? "" : " at " + s.source().lineOf(s.start()) + ":" + s.source().columnOf(s.start())
                + " `" + s.text().replace("\n", "\\n") + "`";
        return d.code() + " " + d.message() + where + (d.labels().isEmpty() ? "" : " (" + d.labels().get(0).text() + ")");
    }
}
