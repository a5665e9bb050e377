package dev.nuebpf.stdlib;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import dev.nuebpf.command.Example;
import dev.nuebpf.stdlib.math.MathCommands;
import dev.nuebpf.stdlib.strings.StringCommands;
import dev.nuebpf.stdlib.testing.TestNuon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs every example of the strings, math and bytes commands through the reference nu (when installed) and checks
 * that nu's result equals the example's declared result: the declared results must be nu's, not ours.
 */
class ExamplesAgainstNuTest {
    /** The reference nu: $NU_EBPF_REAL_NU or $NU_BIN, bin/test's copy under .cache/nu, /work/nu, or nu on the PATH. */
    static Path nuBinary() {
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

    @Test void examplesMatchReferenceNu() throws IOException, InterruptedException {
        Path nu = nuBinary();
        assumeTrue(nu != null, "reference nu not installed (set NU_BIN)");
        List<String> labels = new ArrayList<>();
        StringBuilder script = new StringBuilder();
        for (CommandProvider p : List.of(new StringCommands(), new MathCommands(), new dev.nuebpf.stdlib.bytes.BytesCommands())) {
            for (Command c : p.commands()) {
                for (Example e : c.examples()) {
                    if (e.result() == null) continue;
                    labels.add(c.name() + " › " + e.description());
                    script.append("print (try { (do { ").append(e.example()).append(" } | to nuon) == (")
                            .append(TestNuon.write(e.result())).append(" | to nuon) } catch {|err| $'error: ($err.msg)' })\n");
                }
            }
        }
        Path file = Files.createTempFile("examples", ".nu");
        Files.writeString(file, script);
        Process proc = new ProcessBuilder(nu.toString(), "-n", file.toString()).redirectErrorStream(true).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(proc.waitFor(60, TimeUnit.SECONDS));
        Files.delete(file);
        List<String> lines = out.lines().filter(l -> l.equals("true") || l.equals("false") || l.startsWith("error: ")).toList();
        assertEquals(labels.size(), lines.size(), "nu output:\n" + out);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) if (!lines.get(i).equals("true")) failures.add(labels.get(i) + ": " + lines.get(i));
        assertEquals(List.of(), failures);
    }
}
