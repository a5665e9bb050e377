package dev.nuebpf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each script in {@code src/test/resources/scripts} (arguments in a {@code .args} file beside it) is run by
 * real nu 0.115.1 and by {@code bin/nu-ebpf}; stdout, stderr and the exit status must be the same. Skipped
 * with a reason when real nu is not installed ({@code bin/test} installs it).
 */
class ScriptsAgainstRealNuTest {
    @TestFactory Stream<DynamicTest> scripts() throws IOException {
        Path dir = Launcher.root().resolve("tests/src/test/resources/scripts");
        List<Path> scripts;
        try (Stream<Path> s = Files.list(dir)) {
            scripts = s.filter(p -> p.toString().endsWith(".nu")).sorted().toList();
        }
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> compare(script)));
    }

    private static void compare(Path script) throws Exception {
        Path nu = Launcher.realNu();
        assumeTrue(nu != null, "real nu 0.115.1 is not installed (bin/test installs it into .cache/nu)");
        List<String> args = new ArrayList<>();
        Path argsFile = script.resolveSibling(script.getFileName().toString().replace(".nu", ".args"));
        if (Files.exists(argsFile)) for (String a : Files.readString(argsFile).trim().split("\\s+")) if (!a.isEmpty()) args.add(a);
        Path cwd = Files.createTempDirectory("nu-script");
        try {
            List<String> real = new ArrayList<>(List.of(nu.toString(), "-n", script.toString()));
            real.addAll(args);
            List<String> ours = new ArrayList<>(List.of(Launcher.nuEbpf().toString(), script.toString()));
            ours.addAll(args);
            Launcher.Result expected = Launcher.run(real, cwd, 60);
            Launcher.Result actual = Launcher.run(ours, cwd, 120);
            assertEquals(expected.stdout(), actual.stdout(), "stdout of " + script.getFileName() + "\nour stderr:\n" + actual.stderr());
            assertEquals(expected.stderr(), actual.stderr(), "stderr of " + script.getFileName());
            assertEquals(expected.exit(), actual.exit(), "exit status of " + script.getFileName());
        } finally {
            Files.deleteIfExists(cwd);
        }
    }
}
