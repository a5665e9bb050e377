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
            CommandShapes sh = args.length >= 4 && args[2].equals("-n") ? new TsvShapes(Path.of(args[3])) : CommandShapes.NONE;
            long t0 = System.nanoTime();
            ParseResult r = Parser.parse(new Source("snippet", args[1]), sh);
            System.err.printf("first parse in this JVM: %.1f ms%n", (System.nanoTime() - t0) / 1e6);
            System.out.println(Sexp.of(r.block()));
            for (Diagnostic d : r.errors()) System.out.println(format(d));
            return;
        }
        if (args.length >= 2 && args[0].equals("-c")) {
            // conformance corpus: report snippets that should evaluate but do not parse
            java.util.regex.Pattern srcRe = java.util.regex.Pattern.compile("\"src\": (\"(?:[^\"\\\\]|\\\\.)*\")");
            int bad = 0;
            int n = 0;
            for (String line : Files.readAllLines(Path.of(args[1]))) {
                if (!line.contains("\"nuon\"")) continue;
                Matcher m = srcRe.matcher(line);
                if (!m.find()) continue;
                String src = unjson(m.group(1));
                n++;
                ParseResult r = Parser.parse(new Source("c", src), args.length >= 4 ? new TsvShapes(Path.of(args[3])) : CommandShapes.NONE);
                if (!r.ok()) {
                    bad++;
                    System.out.println(src.replace("\n", "\\n") + "   =>   " + format(r.errors().get(0)));
                }
            }
            System.out.println(bad + " of " + n + " evaluating snippets have parse errors");
            return;
        }
        if (args.length >= 2 && args[0].equals("-k")) {
            // id \t nu-parses(1/0) \t json-src: compare parse acceptance with real nu's
            CommandShapes sh = args.length >= 4 ? new TsvShapes(Path.of(args[3])) : CommandShapes.NONE;
            int agree = 0, n = 0;
            for (String line : Files.readAllLines(Path.of(args[1]))) {
                String[] f = line.split("\t", 3);
                String src = unjson(f[2]);
                boolean nuOk = f[1].equals("1");
                ParseResult r = Parser.parse(new Source("c", src), sh);
                n++;
                if (r.ok() == nuOk) { agree++; continue; }
                System.out.println((nuOk ? "FALSE-ERROR " : "MISSED      ") + src.replace("\n", "\\n")
                        + (r.ok() ? "" : "   =>   " + format(r.errors().get(0))));
            }
            System.out.println(agree + " of " + n + " agree with nu on whether the snippet parses");
            return;
        }
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/real-scripts");
        if (List.of(args).contains("-b")) {
            // throughput: all files, several rounds (first round includes class loading and JIT warm-up)
            List<String> texts = new java.util.ArrayList<>();
            java.util.regex.Pattern pr = java.util.regex.Pattern.compile("\"path\": \"([^\"]+)\"");
            for (String line : Files.readAllLines(dir.resolve("expected.jsonl"))) {
                Matcher m = pr.matcher(line);
                if (m.find()) texts.add(Files.readString(dir.resolve("files").resolve(m.group(1))));
            }
            long bytes = texts.stream().mapToLong(String::length).sum();
            for (int round = 0; round < 8; round++) {
                long t = System.nanoTime();
                for (String tx : texts) Parser.parse(new Source("b", tx), CommandShapes.NONE);
                long ms = (System.nanoTime() - t) / 1_000_000;
                System.out.printf("round %d: %d ms (%.1f MB/s)%n", round, ms, bytes / 1e6 / Math.max(1, ms) * 1000);
            }
            return;
        }
        boolean verbose = List.of(args).contains("-v");
        int ni = List.of(args).indexOf("-n");
        CommandShapes shapes = ni >= 0 ? new TsvShapes(Path.of(args[ni + 1])) : CommandShapes.NONE;
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
            boolean module = List.of(args).contains("-m");
            if (module) {
                // module mode: positives must parse, negatives ("module": false) must not
                boolean expect = line.contains("\"module\": true");
                boolean got = Parser.parseModule(new Source(f.toString(), text), shapes).ok();
                if (expect == got) ok++;
                else if (verbose) System.out.println(m.group(1) + ": expected module=" + expect);
                continue;
            }
            ParseResult r = Parser.parse(new Source(f.toString(), text), shapes);
            if (r.ok()) {
                ok++;
            } else if (verbose) {
                Diagnostic d = r.errors().get(0);
                System.out.println(m.group(1) + ": " + format(d));
            }
        }
        System.out.printf("%d/%d parse without errors (%.1f%%) in %d ms%n", ok, total, 100.0 * ok / total, (System.nanoTime() - t0) / 1_000_000);
    }

    static String unjson(String q) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < q.length() - 1; i++) {
            char ch = q.charAt(i);
            if (ch != '\\') { sb.append(ch); continue; }
            char e = q.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'u' -> { sb.append((char) Integer.parseInt(q.substring(i + 1, i + 5), 16)); i += 4; }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    static String format(Diagnostic d) {
        var s = d.span();
        String where = s == null ? "" : " at " + s.source().lineOf(s.start()) + ":" + s.source().columnOf(s.start())
                + " `" + s.text().replace("\n", "\\n") + "`";
        return d.code() + " " + d.message() + where + (d.labels().isEmpty() ? "" : " (" + d.labels().get(0).text() + ")");
    }
}
