package dev.nuebpf.tests.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Source;
import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.compile.ProbeCompiler;
import dev.nuebpf.ebpf.probe.ProbeSpec;
import dev.nuebpf.ebpf.probe.ProgramTarget;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.CommandShapes;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.ParseResult;
import dev.nuebpf.syntax.Parser;
import dev.nuebpf.truffle.Shell;
import dev.nuebpf.truffle.ShellOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * ProbeCompiler.compile on closures parsed from arbitrary text (the text is the closure, or the body of one):
 * it compiles, or it is rejected with a diagnostic that points into the closure; it never throws anything else.
 * Compiling only: nothing is loaded into the kernel.
 */
class ProbeCompilerFuzzTest {
    static final List<String> SPECS = List.of("kprobe:ksys_read", "kretprobe:ksys_read",
            "tracepoint:syscalls/sys_enter_openat", "raw_tracepoint:sys_enter");
    private static Shell shell;
    private static CommandShapes shapes;
    private static List<ProgramTarget> targets;

    @BeforeAll
    static void start() {
        shell = Shell.create(ShellOptions.defaults());
        shapes = shell.shapes();
        targets = SPECS.stream().map(s -> ProbeSpec.parse(s, Span.UNKNOWN).defaultTarget()).toList();
    }

    @AfterAll
    static void stop() { shell.close(); }

    @FuzzTest(maxDuration = "25s", maxExecutions = 100000)
    void compile(byte[] data) {
        if (data.length == 0) return;
        ProgramTarget target = targets.get((data[0] & 0xff) % targets.size());
        String text = FuzzInput.text(java.util.Arrays.copyOfRange(data, 1, data.length));
        Value.ClosureV closure = closure(text);
        if (closure == null) return;
        try {
            ProbeCompiler.compile(target, closure);
        } catch (ShellException e) {
            Diagnostic d = e.diagnostic();
            FuzzInput.checkDiagnostic(d, closureSource);
            if (d.labels().isEmpty()) throw new AssertionError("rejected without a span: `" + FuzzInput.shown(text) + "`: " + d);
        }
    }

    private static Source closureSource;

    /** The last expression if it is a closure, else the text as the body of {@code {|| ... }}; null if it does not parse. */
    static Value.ClosureV closure(String text) {
        for (String src : new String[] {text, "{||\n" + text + "\n}"}) {
            Source s = new Source("probe.nu", src);
            ParseResult r = Parser.parse(s, shapes);
            if (!r.ok() || r.block().pipelines().isEmpty()) continue;
            var last = r.block().pipelines().get(r.block().pipelines().size() - 1);
            if (last.elements().size() != 1) continue;
            if (last.elements().get(0).expr() instanceof Expr.Closure c) {
                closureSource = s;
                return new Value.ClosureV(null, c, Map.of());
            }
        }
        return null;
    }
}
