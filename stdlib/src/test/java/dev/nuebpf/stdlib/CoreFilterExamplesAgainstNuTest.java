package dev.nuebpf.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import dev.nuebpf.command.Example;
import dev.nuebpf.format.Nuon;
import dev.nuebpf.stdlib.core.CoreCommands;
import dev.nuebpf.stdlib.filters.FilterCommands;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The expected results of the core and filters examples are what the reference nu 0.115.1 gives for
 * them, so the examples-as-tests check nu's behaviour, not our guess of it.
 */
class CoreFilterExamplesAgainstNuTest {
    @Test void examplesMatchReferenceNu() throws Exception {
        Path nu = ExamplesAgainstNuTest.nuBinary();
        assumeTrue(nu != null, "reference nu not installed (set NU_BIN)");
        List<String> labels = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        for (CommandProvider p : List.of(new CoreCommands(), new FilterCommands())) {
            for (Command c : p.commands()) {
                for (Example e : c.examples()) {
                    if (e.result() == null) continue;
                    labels.add(c.name() + " › " + e.description() + " (" + e.example() + ")");
                    checks.add("print (try { (do { " + e.example() + " } | to nuon) == (" + Nuon.write(e.result())
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
