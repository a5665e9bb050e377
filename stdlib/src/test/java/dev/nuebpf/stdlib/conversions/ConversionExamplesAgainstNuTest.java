package dev.nuebpf.stdlib.conversions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import dev.nuebpf.command.Example;
import dev.nuebpf.format.Nuon;
import dev.nuebpf.stdlib.date.DateCommands;
import dev.nuebpf.stdlib.formats.FormatCommands;
import dev.nuebpf.stdlib.path.PathCommands;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The declared results of the conversions, formats, path and date examples must be what the reference nu
 * prints for the same snippets (so the examples test our commands against nu's behaviour, not our own).
 */
class ConversionExamplesAgainstNuTest {
    private static Path nuBinary() {
        String env = System.getenv("NU_BIN");
        if (env != null && Files.isExecutable(Path.of(env))) return Path.of(env);
        Path p = Path.of("/work/nu/node_modules/@nushell/linux-x64/bin/nu");
        if (Files.isExecutable(p)) return p;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path c = Path.of(dir, "nu");
            if (Files.isExecutable(c)) return c;
        }
        return null;
    }

    @Test void declaredResultsAreNus() throws Exception {
        Path nu = nuBinary();
        assumeTrue(nu != null, "reference nu not installed (set NU_BIN)");
        List<String> labels = new ArrayList<>();
        StringBuilder script = new StringBuilder();
        for (CommandProvider p : List.of(new ConversionCommands(), new FormatCommands(), new PathCommands(), new DateCommands())) {
            for (Command c : p.commands()) {
                for (Example e : c.examples()) {
                    if (e.result() == null) continue;
                    labels.add(c.name() + " › " + e.description());
                    script.append("print (try { (do { (").append(e.example()).append(") } | to nuon) == (")
                            .append(Nuon.write(e.result())).append(" | to nuon) } catch {|err| $'error: ($err.msg)' })\n");
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
