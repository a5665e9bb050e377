package dev.nuebpf.stdlib.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import dev.nuebpf.command.Example;
import dev.nuebpf.format.Nuon;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the examples of some command families through the reference nu and checks that nu's result equals each
 * example's declared result: the declared results must be nu's, not our guess of them. Skips (JUnit assumption)
 * when no reference nu is installed; bin/test installs one.
 */
public final class ExamplesAgainstNu {
    private ExamplesAgainstNu() {}

    /** The reference nu: $NU_EBPF_REAL_NU or $NU_BIN, bin/test's copy under .cache/nu, /work/nu, or nu on the PATH. */
    public static Path nuBinary() {
        for (String var : new String[] {"NU_EBPF_REAL_NU", "NU_BIN"}) {
            String env = System.getenv(var);
            if (env != null && !env.isEmpty() && Files.isExecutable(Path.of(env))) return Path.of(env);
        }
        String rel = "node_modules/@nushell/linux-x64/bin/nu";
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve(".cache/nu").resolve(rel);
            if (Files.isExecutable(p)) return p;
        }
        Path p = Path.of("/work/nu").resolve(rel);
        if (Files.isExecutable(p)) return p;
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path c = Path.of(d, "nu");
            if (Files.isExecutable(c)) return c;
        }
        return null;
    }

    /** Checks every example with a declared result of the providers' commands; fails naming each mismatch. */
    public static void check(List<CommandProvider> providers) throws Exception {
        Path nu = nuBinary();
        assumeTrue(nu != null, "reference nu not installed (set NU_EBPF_REAL_NU or NU_BIN)");
        List<String> labels = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        for (CommandProvider p : providers) {
            for (Command c : p.commands()) {
                for (Example e : c.examples()) {
                    if (e.result() == null) continue;
                    labels.add(c.name() + " › " + e.description() + " (" + e.example() + ")");
                    checks.add("print (try { (do { (" + e.example() + "\n) } | to nuon) == (" + Nuon.write(e.result())
                            + " | to nuon) } catch {|err| $'error: ($err.msg)' })");
                }
            }
        }
        List<String> lines = run(nu, String.join("\n", checks));
        if (lines.size() != checks.size()) {
            // a parse error anywhere stops the whole script: check the examples one by one to name the culprit
            lines = new ArrayList<>();
            for (String check : checks) {
                List<String> one = run(nu, check);
                lines.add(one.size() == 1 ? one.get(0) : "does not parse in nu");
            }
        }
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) if (!lines.get(i).equals("true")) failures.add(labels.get(i) + ": " + lines.get(i));
        assertEquals("", String.join("\n", failures));
    }

    private static List<String> run(Path nu, String script) throws Exception {
        Path file = Files.createTempFile("examples", ".nu");
        try {
            Files.writeString(file, script + "\n");
            Process proc = new ProcessBuilder(nu.toString(), "-n", file.toString()).redirectErrorStream(true).start();
            String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(proc.waitFor(120, TimeUnit.SECONDS));
            return out.lines().filter(l -> l.equals("true") || l.equals("false") || l.startsWith("error: ")).toList();
        } finally {
            Files.delete(file);
        }
    }
}
