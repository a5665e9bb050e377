package dev.nuebpf.tests.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Source;
import dev.nuebpf.syntax.CommandShapes;
import dev.nuebpf.syntax.ParseResult;
import dev.nuebpf.syntax.Parser;
import dev.nuebpf.truffle.Shell;
import dev.nuebpf.truffle.ShellOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Parser.parse on arbitrary text, with the real commands' signatures: errors are diagnostics with sane spans. */
class ParserFuzzTest {
    private static Shell shell;
    private static CommandShapes shapes;

    @BeforeAll
    static void start() {
        shell = Shell.create(ShellOptions.defaults());
        shapes = shell.shapes();
    }

    @AfterAll
    static void stop() { shell.close(); }

    @FuzzTest(maxDuration = "25s", maxExecutions = 150000)
    void parse(byte[] data) {
        Source source = new Source("fuzz", FuzzInput.text(data));
        ParseResult r = Parser.parse(source, shapes);
        for (Diagnostic d : r.errors()) FuzzInput.checkDiagnostic(d, source);
    }
}
