package dev.nuebpf.ebpf.compile;

import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.probe.ProbeSpec;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Whatever the closure, the compiler answers with an object or a diagnostic with a span: never a Java exception. */
class OddClosuresTest {
    static final List<String> ODD = List.of(
            "{|| }", "{|| 5 }", "{|| $in }", "{|| null }", "{|| true }", "{|| 'text' }", "{|| let x = 5; $x = 3 }",
            "{|| mut x = 0; $x.a = 1 }", "{|| {a: 1}.a }", "{|| if true { } }", "{|| if false { 1 | bpf-emit } }",
            "{|| match 3 { 3 => { 1 | bpf-emit } } }", "{|| match (bpf-arg 0) { {a: 1} => 1, _ => 2 } }", "{|| match (bpf-arg 0) { [1 2] => 1, _ => 2 } }",
            "{|| match (bpf-arg 0) { 'x' => 1, _ => 2 } }", "{|| match (bpf-comm) { 1 => 1 } }", "{|| for i in 0.. { } }",
            "{|| for i in 3..0 { $i | bpf-count } }", "{|| for i in 0..2..10 { $i | bpf-count } }", "{|| for x in ['a' 'b'] { } }",
            "{|| let r = { a: (bpf-tgid) }; $r | bpf-emit }", "{|| { a: { b: 1 } } | bpf-emit }", "{|| { ...{a: 1} } | bpf-emit }",
            "{|| {} | bpf-emit }", "{|| [1] | bpf-count }", "{|| bpf-emit; bpf-emit }", "{|| 1 | bpf-emit | bpf-emit }",
            "{|| bpf-tgid | bpf-histogram | bpf-count }", "{|| bpf-arg -1 }", "{|| bpf-arg 99999999999 }", "{|| bpf-filter-pid (bpf-arg 0) }",
            "{|| bpf-filter-comm (bpf-arg 0) }", "{|| bpf-filter-comm '' }", "{|| bpf-read-str }", "{|| 'abc' | bpf-read-str }",
            "{|| let s = (bpf-arg 0 | bpf-read-str); $s + 1 }", "{|| not 5 }", "{|| -(bpf-comm) }", "{|| (bpf-arg 0) xor true }",
            "{|| 1 bit-shl 70 | bpf-emit }", "{|| 9223372036854775807 + 1 | bpf-emit }", "{|| (bpf-arg 0) mod 0 }", "{|| return 5 }",
            "{|| continue }", "{|| $nope }", "{|| bpf-stop-timer | bpf-stop-timer }", "{|| (bpf-arg 0) in [1 2] }",
            "{|| 1 == 'a' }", "{|| 'a' == 'a' | bpf-emit }", "{|| let t = (bpf-arg 0 | bpf-read-str); if $t == 'a' { $t | bpf-emit } }",
            "{|| do { 1 } }", "{|| def f [] { 1 } }", "{|| $env.PATH }", "{|| 0x10 | bpf-emit }", "{|| 1kb }", "{|| 2024-01-01 }");

    @TestFactory Stream<DynamicTest> compilesOrExplains() {
        return ODD.stream().map(src -> DynamicTest.dynamicTest(src, () -> {
            var target = ProbeSpec.parse("kprobe:ksys_read", Span.UNKNOWN).defaultTarget();
            dev.nuebpf.runtime.Value.ClosureV c;
            try {
                c = TestProbes.closure(src);
            } catch (AssertionError parseError) {
                return; // the parser rejects it first: nothing for the compiler to do
            }
            try {
                CompiledProbe p = ProbeCompiler.compile(target, c);
                assertTrue(p.elf().length > 0);
                if (System.getProperty("odd.show") != null) System.out.println("COMPILED " + src);
            } catch (ShellException e) {
                if (System.getProperty("odd.show") != null) System.out.println("REJECTED " + src + " -> " + TestProbes.render(e.diagnostic()));
                assertNotNull(e.diagnostic().span(), src + ": " + TestProbes.render(e.diagnostic()));
                assertFalse(e.diagnostic().span().isUnknown(), src + ": " + TestProbes.render(e.diagnostic()));
                assertNotNull(e.diagnostic().help(), src);
            }
        }));
    }
}
