package dev.nuebpf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuebpf.format.Nuon;
import dev.nuebpf.truffle.EvalResult;
import dev.nuebpf.truffle.Shell;
import dev.nuebpf.truffle.ShellOptions;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The same snippets through a shell in a polyglot context and through the engine-less shell the launcher uses
 * in interpreter mode ({@link Shell#createStandalone}), with the interpreter's fast paths in play: closure
 * values reuse one frame between calls, one-expression bodies skip the pipeline, records share key lists.
 */
class InterpreterModesTest {
    private static final String[][] CASES = {
        // a closure called while it runs (recursion through a value) keeps its own frame
        {"let g = {|n, self| if $n == 0 { 0 } else { (do $self ($n - 1) $self) + $n * 100 } }; do $g 3 $g", "600"},
        {"let c = {|x| let y = $x * 2; [$y] | each {|z| $z + $x } | first }; [1 2 3] | each $c", "[3, 6, 9]"},
        {"let c = {|x| $x + 1 }; [1 2] | each {|a| [10 20] | each $c | each {|b| do $c ($b + $a) } }", "[[13, 23], [14, 24]]"},
        // slots written by one call are written again before the next call reads them
        {"let c = {|x| mut acc = 0; for i in 1..$x { $acc += $i }; $acc }; [3 1 2] | each $c", "[6, 1, 3]"},
        {"[1 2 3] | each { $in * 2 }", "[2, 4, 6]"},
        {"[1 2 3] | each {|x| if $x == 2 { return 20 }; $x }", "[1, 20, 3]"},
        {"[[a]; [1] [5]] | where a > 2", "[[a]; [5]]"},
        {"1..4 | each {|i| {id: $i, odd: ($i mod 2 == 1)} } | where odd | get id", "[1, 3]"},
        {"[{a: 1} {a: 2}] | each {|r| $r | insert b ($r.a * 10) } | to nuon", "\"[[a, b]; [1, 10], [2, 20]]\""},
        {"[[a b]; [1 x] [\"1\" y] [2 z]] | group-by a", "{\"1\": [[a, b]; [1, x], [\"1\", y]], \"2\": [[a, b]; [2, z]]}"},
        {"do --env { $env.MODES_T = 1 }; $env.MODES_T", "1"},
        {"for i in 1..3 { try { error make {msg: x} } catch { if $i == 2 { break } }; print -n '' }; 5", "5"},
    };

    private static void runAll(Supplier<Shell> make) {
        try (Shell shell = make.get()) {
            assertNotNull(shell);
            for (String[] c : CASES) {
                EvalResult r = shell.eval(c[0], "source");
                assertTrue(r.ok(), c[0] + " -> " + r.errors());
                assertEquals(c[1], Nuon.write(r.value()), c[0]);
            }
        }
    }

    @Test void inAPolyglotContext() {
        runAll(() -> Shell.create(ShellOptions.defaults()));
    }

    @Test void standaloneWithoutAnEngine() {
        runAll(() -> {
            Shell s = Shell.createStandalone(ShellOptions.defaults());
            assertTrue(s.standalone());
            return s;
        });
    }

    @Test void onlyOneStandaloneShellAtATime() {
        try (Shell first = Shell.createStandalone(ShellOptions.defaults())) {
            assertNotNull(first);
            assertNull(Shell.createStandalone(ShellOptions.defaults()), "a second one would share the static context");
        }
        try (Shell again = Shell.createStandalone(ShellOptions.defaults())) {
            assertNotNull(again, "closing the first frees the slot");
        }
    }
}
