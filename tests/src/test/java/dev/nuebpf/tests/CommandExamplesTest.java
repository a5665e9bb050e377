package dev.nuebpf.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import dev.nuebpf.command.Example;
import dev.nuebpf.diag.Source;
import dev.nuebpf.format.DiagnosticRenderer;
import dev.nuebpf.format.Nuon;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import dev.nuebpf.syntax.ParseResult;
import dev.nuebpf.syntax.Parser;
import dev.nuebpf.truffle.EvalResult;
import dev.nuebpf.truffle.Shell;
import dev.nuebpf.truffle.ShellOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example of every built-in command (found through the same ServiceLoader the interpreter uses) is a
 * test: an example with a result is evaluated and compared structurally with it, one without is only parsed.
 * Also checks what nu checks of a signature: a name and a one-line description.
 */
class CommandExamplesTest {
    private static Shell shell;

    @BeforeAll static void start() {
        shell = Shell.create(ShellOptions.defaults().withStdin(java.io.InputStream.nullInputStream()));
    }

    @AfterAll static void stop() {
        if (shell != null) shell.close();
    }

    static List<Command> allCommands() {
        List<Command> all = new ArrayList<>();
        for (CommandProvider p : ServiceLoader.load(CommandProvider.class)) all.addAll(p.commands());
        return all;
    }

    @TestFactory Stream<DynamicNode> examples() {
        return allCommands().stream().map(c -> DynamicContainer.dynamicContainer(c.name(), commandTests(c)));
    }

    private static Stream<DynamicNode> commandTests(Command c) {
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("signature", () -> {
            assertFalse(c.name() == null || c.name().isBlank(), "command without a name");
            assertNotNull(c.signature().description(), c.name() + ": signature has no description");
            assertFalse(c.signature().description().isBlank(), c.name() + ": signature has an empty description");
        }));
        for (Example e : c.examples()) {
            String name = c.name() + " › " + e.description();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                if (e.result() == null) parseOnly(c, e);
                else evaluate(c, e);
            }));
        }
        return tests.stream();
    }

    private static void parseOnly(Command c, Example e) {
        ParseResult r = Parser.parse(new Source("example", e.example()), shell.shapes());
        if (!r.ok()) fail(c.name() + " example does not parse: " + e.example() + "\n"
                + DiagnosticRenderer.render(r.errors().get(0), DiagnosticRenderer.Style.PLAIN));
    }

    private static void evaluate(Command c, Example e) {
        EvalResult r = shell.evalIsolated(e.example());
        if (!r.ok()) fail(c.name() + " example failed: " + e.example() + "\n"
                + DiagnosticRenderer.render(r.error(), DiagnosticRenderer.Style.PLAIN));
        Value actual = r.value();
        assertTrue(ValueOps.equal(e.result(), actual), () -> c.name() + " example: " + e.example()
                + "\n expected: " + show(e.result()) + "\n actual:   " + show(actual));
    }

    private static String show(Value v) {
        try {
            return Nuon.write(v);
        } catch (RuntimeException ex) {
            return String.valueOf(v);
        }
    }
}
