package dev.nuebpf.ebpf.compile;

import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.probe.ProbeSpec;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each construct that cannot run in the kernel is rejected before code generation: code, message, span, help. */
class RejectedConstructsTest {
    /** {@code span} is the exact source text the primary label must underline. */
    record Case(String name, String probe, String src, String code, String label, String span, String help) {}

    static final String U = ProbeCompiler.UNSUPPORTED;

    static final List<Case> CASES = List.of(
            new Case("string command", "kprobe:ksys_read", "{|| bpf-tgid | str upcase }", U, "`str upcase` cannot run in the kernel", "str upcase", "after `ebpf events`"),
            new Case("print", "kprobe:ksys_read", "{|| print (bpf-tgid) }", U, "`print` cannot run in the kernel", "print", "bpf-emit"),
            new Case("each", "kprobe:ksys_read", "{|| bpf-tgid | each {|x| $x } }", U, "`each` cannot run in the kernel", "each", "constant range"),
            new Case("sleep", "kprobe:ksys_read", "{|| sleep 1sec }", U, "`sleep` cannot run in the kernel", "sleep", "must not block"),
            new Case("float", "kprobe:ksys_read", "{|| 1.5 | bpf-emit }", U, "floats cannot be used in the kernel", "1.5", "integers"),
            new Case("list", "kprobe:ksys_read", "{|| [1 2] | bpf-emit }", U, "lists cannot be built in the kernel", "[1 2]", "record"),
            new Case("while", "kprobe:ksys_read", "{|| while true { bpf-tgid | bpf-emit } }", U, "`while` loops cannot be proven to end", "while true { bpf-tgid | bpf-emit }", "for i in 0..N"),
            new Case("loop", "kprobe:ksys_read", "{|| loop { break } }", U, "`loop` cannot be proven to end", "loop { break }", "for i in 0..N"),
            new Case("float division", "kprobe:ksys_read", "{|| (bpf-arg 0) / 2 | bpf-emit }", U, "`/` makes a float", "/", "`//`"),
            new Case("power", "kprobe:ksys_read", "{|| (bpf-arg 0) ** 2 | bpf-emit }", U, "`**` cannot run in the kernel", "**", "multiply"),
            new Case("interpolation", "kprobe:ksys_read", "{|| $\"pid (bpf-tgid)\" | bpf-emit }", U, "string interpolation cannot run in the kernel", "$\"pid (bpf-tgid)\"", "fields of a record"),
            new Case("long string literal emit", "kprobe:ksys_read", "{|| 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy' | bpf-emit }", U, "a constant string in an event has at most 127 bytes", "bpf-emit", "after `ebpf events`"),
            new Case("comm vs string", "kprobe:ksys_read", "{|| if (bpf-comm) == 'bash' { bpf-tgid | bpf-emit } }", U, "comparing it with a string is always false", "(bpf-comm) == 'bash'", "bpf-filter-comm"),
            new Case("arg out of range", "kprobe:ksys_read", "{|| bpf-arg 6 | bpf-emit }", U, "argument 6 does not exist", "6", "0 to 5"),
            new Case("arg in kretprobe", "kretprobe:ksys_read", "{|| bpf-arg 0 | bpf-emit }", U, "has no argument 0", "bpf-arg 0", "bpf-retval"),
            new Case("retval in kprobe", "kprobe:ksys_read", "{|| bpf-retval | bpf-emit }", U, "has no return value", "bpf-retval", "kretprobe"),
            new Case("retval in sys_enter", "tracepoint:syscalls/sys_enter_read", "{|| bpf-retval | bpf-emit }", U, "has no return value", "bpf-retval", "sys_exit"),
            new Case("runtime arg index", "kprobe:ksys_read", "{|| let n = (bpf-arg 0); bpf-arg $n | bpf-emit }", U, "the argument index must be known when the probe is compiled", "$n", "literal"),
            new Case("long loop", "kprobe:ksys_read", "{|| for i in 0..100 { $i | bpf-count } }", U, "this loop runs 101 times", "0..100", "smaller constant range"),
            new Case("loop over runtime value", "kprobe:ksys_read", "{|| for i in 0..(bpf-arg 0) { $i | bpf-count } }", U, "loop bounds must be known", "(bpf-arg 0)", "int literals"),
            new Case("long comm name", "kprobe:ksys_read", "{|| bpf-filter-comm 'a-very-long-process-name' }", U, "at most 15 bytes", "'a-very-long-process-name'", "a-very-long-pro"),
            new Case("stack overflow", "kprobe:do_sys_openat2", "{|| { a: (bpf-arg 0 | bpf-read-str), b: (bpf-arg 1 | bpf-read-str), c: (bpf-arg 2 | bpf-read-str), d: (bpf-arg 3 | bpf-read-str), e: (bpf-arg 4 | bpf-read-str) } | bpf-emit }",
                    ProbeCompiler.STACK_OVERFLOW, "stack space beyond the limit (640 bytes", "{ a: (bpf-arg 0 | bpf-read-str), b: (bpf-arg 1 | bpf-read-str), c: (bpf-arg 2 | bpf-read-str), d: (bpf-arg 3 | bpf-read-str), e: (bpf-arg 4 | bpf-read-str) }", "512-byte stack"),
            new Case("stack overflow by copies", "kprobe:do_sys_openat2", "{|| let a = (bpf-arg 0 | bpf-read-str); let b = (bpf-arg 1 | bpf-read-str); let c = (bpf-arg 2 | bpf-read-str); { a: $a, b: $b, c: $c } | bpf-emit }",
                    ProbeCompiler.STACK_OVERFLOW, "stack space beyond the limit", "{ a: $a, b: $b, c: $c }", "512-byte stack"),
            new Case("schema mismatch", "kprobe:ksys_read", "{|| bpf-tgid | bpf-emit; { a: 1 } | bpf-emit }", U, "an earlier bpf-emit emits an int", "bpf-emit", "one schema"),
            new Case("counter key mismatch", "kprobe:ksys_read", "{|| bpf-comm | bpf-count; bpf-tgid | bpf-count }", U, "counts by int but an earlier bpf-count counts by comm", "bpf-count", "one key type"),
            new Case("closure params", "kprobe:ksys_read", "{|x| bpf-tgid | bpf-emit }", U, "a probe closure takes no parameters", "x", "bpf-arg 0"),
            new Case("external", "kprobe:ksys_read", "{|| ^ls }", U, "external commands cannot run in the kernel", "^ls", "user space"),
            new Case("division by zero", "kprobe:ksys_read", "{|| (bpf-arg 0) // 0 | bpf-emit }", U, "division by zero", "//", "non-zero"),
            new Case("mutable string", "kprobe:ksys_read", "{|| mut s = (bpf-arg 0 | bpf-read-str) }", U, "only ints and bools can be mutable", "(bpf-arg 0 | bpf-read-str)", "`let`"),
            new Case("duration", "kprobe:ksys_read", "{|| let d = 1ms }", U, "durations cannot be used in the kernel", "1ms", "nanoseconds"),
            new Case("string from if", "kprobe:ksys_read", "{|| bpf-arg 0 | bpf-read-str | ignore; if (bpf-arg 0) > 0 { bpf-arg 1 | bpf-read-str } else { bpf-arg 2 | bpf-read-str } }", U,
                    "only an int or bool can be the value of an if/match", " bpf-arg 1 | bpf-read-str ", "inside the branch"),
            new Case("count a record", "kprobe:ksys_read", "{|| { a: 1 } | bpf-count }", U, "bpf-count counts by an int or string key, found a record", "bpf-count", "bpf-comm | bpf-count"),
            new Case("count by two key types", "kprobe:ksys_read", "{|| bpf-arg 0 | bpf-read-str | bpf-count; 1 | bpf-count }", U, "counts by int but an earlier bpf-count counts by string", "bpf-count", "one key type"),
            new Case("try", "kprobe:ksys_read", "{|| try { bpf-tgid | bpf-emit } }", U, "`try` cannot run in the kernel", "try { bpf-tgid | bpf-emit }", "remove the try"),
            new Case("bool arithmetic", "kprobe:ksys_read", "{|| ((bpf-arg 0) > 1) + 1 | bpf-emit }", U, "expected an int here, found bool", "((bpf-arg 0) > 1) + 1", "ints only"),
            new Case("int condition", "kprobe:ksys_read", "{|| if (bpf-arg 0) { bpf-tgid | bpf-emit } }", U, "expected a bool here, found int", "(bpf-arg 0)", "`$x > 0`"),
            new Case("string ops", "kprobe:ksys_read", "{|| if (bpf-arg 0 | bpf-read-str) ends-with '.so' { bpf-tgid | bpf-emit } }", U, "`ends-with` cannot run in the kernel", "ends-with", "after `ebpf events`"),
            new Case("starts-with on ints", "kprobe:ksys_read", "{|| if (bpf-arg 0) starts-with '/etc' { bpf-tgid | bpf-emit } }", U, "only on a string read by bpf-read-str", "(bpf-arg 0) starts-with '/etc'", "bpf-read-user-str"),
            new Case("two read strings compared", "kprobe:ksys_read", "{|| if (bpf-arg 0 | bpf-read-str) == (bpf-arg 1 | bpf-read-str) { bpf-tgid | bpf-emit } }", U, "only as a string read by bpf-read-str against a literal", "(bpf-arg 0 | bpf-read-str) == (bpf-arg 1 | bpf-read-str)", "compare after `ebpf events`"),
            new Case("literal too long", "kprobe:ksys_read", "{|| if (bpf-arg 0 | bpf-read-str) == '" + "x".repeat(130) + "' { bpf-tgid | bpf-emit } }", U, "at most 127 bytes", "'" + "x".repeat(130) + "'", "shorter prefix"),
            new Case("emit nothing", "kprobe:ksys_read", "{|| bpf-emit }", U, "there is no value to emit here", "bpf-emit", "bpf-tgid | bpf-emit"),
            new Case("constant overflow", "kprobe:ksys_read", "{|| 9223372036854775807 + 1 | bpf-emit }", "nu::shell::operator_overflow", "operator overflow", "+", "64-bit"),
            new Case("constant shift overflow", "kprobe:ksys_read", "{|| 1 bit-shl 70 | bpf-emit }", "nu::shell::operator_overflow", "operator overflow", "bit-shl", "64-bit"),
            new Case("in with runtime list item", "kprobe:ksys_read", "{|| if (bpf-arg 0) in [1 (bpf-arg 1)] { bpf-tgid | bpf-emit } }", U, "`in` runs in the kernel only with a list of int constants", "(bpf-arg 1)", "`$fd in [0 1 2]`"),
            new Case("break outside loop", "kprobe:ksys_read", "{|| break }", U, "`break` outside a loop", "break", "`return`"));

    @TestFactory Stream<DynamicTest> rejected() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            var closure = TestProbes.closure(c.src());
            var target = ProbeSpec.parse(c.probe(), Span.UNKNOWN).defaultTarget();
            ShellException e = assertThrows(ShellException.class, () -> ProbeCompiler.compile(target, closure), () -> c.name() + " compiled");
            Diagnostic d = e.diagnostic();
            String shown = TestProbes.render(d);
            assertEquals(c.code(), d.code(), shown);
            assertTrue(d.labels().get(0).text().contains(c.label()), shown);
            assertEquals(c.span(), d.span().text(), shown);
            assertNotNull(d.help(), shown);
            assertTrue(d.help().contains(c.help()), shown);
            // the checks alone (what ebpf simulate runs) reject it the same way
            ShellException e2 = assertThrows(ShellException.class, () -> ProbeCompiler.check(target, closure));
            assertEquals(d, e2.diagnostic());
        }));
    }
}
