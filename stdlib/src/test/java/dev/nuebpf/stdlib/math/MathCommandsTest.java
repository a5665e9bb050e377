package dev.nuebpf.stdlib.math;

import static dev.nuebpf.stdlib.testing.V.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.testing.FakeCall;
import org.junit.jupiter.api.Test;

class MathCommandsTest {
    private static Value dur(long ns) { return new Value.Duration(ns); }
    private static Value fs(long b) { return new Value.Filesize(b); }

    private static String code(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(ShellException.class, e).diagnostic().code();
    }

    @Test void sum() {
        assertEquals(i(6), FakeCall.of(new MathSumCommand()).run(list(1, 2, 3)));
        assertEquals(f(3.5), FakeCall.of(new MathSumCommand()).run(list(1, 2.5)));
        assertEquals(rec("a", 4, "b", 6), FakeCall.of(new MathSumCommand()).run(list(rec("a", 1, "b", 2), rec("a", 3, "b", 4))));
        assertEquals(rec("alice", 6, "bob", list(4, 5)), FakeCall.of(new MathSumCommand()).path("alice").run(rec("alice", list(1, 2, 3), "bob", list(4, 5))));
        assertEquals(rec("a", 1, "b", 3), FakeCall.of(new MathSumCommand()).run(rec("a", 1, "b", list(1, 2))));
        assertEquals(list(rec("a", 1), rec("a", 2)), FakeCall.of(new MathSumCommand()).path("a").run(list(rec("a", 1), rec("a", 2))));
        assertEquals(dur(3_000_000_000L), FakeCall.of(new MathSumCommand()).run(list(dur(1_000_000_000L), dur(2_000_000_000L))));
        assertEquals(i(148), FakeCall.of(new MathSumCommand()).run(new Value.RangeV(i(1), i(5), i(36), true)));
        assertEquals("nu::shell::unsupported_input", code(() -> FakeCall.of(new MathSumCommand()).run(list())));
        assertEquals("nu::shell::only_supports_this_input_type", code(() -> FakeCall.of(new MathSumCommand()).run(list(1, "a"))));
        assertEquals("nu::shell::only_supports_this_input_type", code(() -> FakeCall.of(new MathSumCommand()).run(i(5))));
        assertEquals("nu::shell::incorrect_value", code(() -> FakeCall.of(new MathSumCommand()).run(range(0, null, true))));
        assertEquals("nu::shell::operator_overflow", code(() -> FakeCall.of(new MathSumCommand()).run(list(Long.MAX_VALUE, 1))));
        assertEquals("nu::shell::only_supports_this_input_type", code(() -> FakeCall.of(new MathSumCommand()).run(rec("alice", true, "bob", list(1, 2)))));
    }

    @Test void productAvg() {
        assertEquals(i(72), FakeCall.of(new MathProductCommand()).run(list(2, 3, 3, 4)));
        assertEquals(f(5.0), FakeCall.of(new MathProductCommand()).run(list(2, 2.5)));
        assertThrows(ShellException.class, () -> FakeCall.of(new MathProductCommand()).run(rec("a", list(dur(2), dur(3)))));
        assertEquals(f(25.0), FakeCall.of(new MathAvgCommand()).run(list(-50, 100.0, 25)));
        assertEquals(f(2.5), FakeCall.of(new MathAvgCommand()).run(range(0, 5L, true)));
        assertEquals(f(5.0), FakeCall.of(new MathAvgCommand()).run(i(5)));
        assertEquals(dur(31_000_000_000L), FakeCall.of(new MathAvgCommand()).run(list(dur(2_000_000_000L), dur(60_000_000_000L))));
        assertEquals(dur(1_666_666_666L), FakeCall.of(new MathAvgCommand()).run(list(dur(1_000_000_000L), dur(2_000_000_000L), dur(2_000_000_000L))));
        assertEquals(fs(34985870), FakeCall.of(new MathAvgCommand()).run(list(fs(100_000), fs(10), fs(104_857_600))));
    }

    @Test void minMaxMedianMode() {
        assertEquals(i(100), FakeCall.of(new MathMinCommand(true)).run(list(-50, 100, 25)));
        assertEquals(i(2), FakeCall.of(new MathMinCommand(true)).run(list(2, 2.0)));
        assertEquals(f(2.0), FakeCall.of(new MathMinCommand(true)).run(list(1, 2.0)));
        assertEquals(b(true), FakeCall.of(new MathMinCommand(false)).run(list(-50, "hello", true)));
        assertEquals(rec("a", 2, "b", "y"), FakeCall.of(new MathMinCommand(true)).run(list(rec("a", 1, "b", "x"), rec("a", 2, "b", "y"))));
        assertEquals("nu::shell::incompatible_path_access", code(() -> FakeCall.of(new MathMinCommand(false)).rest(i(0)).run(list(1, 2, 3))));
        assertEquals(f(10.5), FakeCall.of(new MathMedianCommand()).run(list(3, 8, 9, 12, 12, 15)));
        assertEquals(i(10), FakeCall.of(new MathMedianCommand()).run(list(10, 6, 19, 21, 4)));
        assertEquals(f(2.0), FakeCall.of(new MathMedianCommand()).run(list(1, 3)));
        assertEquals(i(2), FakeCall.of(new MathMedianCommand()).run(list(3.0, 1, 2)));
        assertEquals(fs(5000), FakeCall.of(new MathMedianCommand()).run(list(fs(5000), fs(10_000_000), fs(200))));
        assertEquals(dur(2_500_000_000L), FakeCall.of(new MathMedianCommand()).run(list(dur(1_000_000_000L), dur(3_000_000_000L), dur(2_000_000_000L), dur(4_000_000_000L))));
        assertEquals(list(3, 12), FakeCall.of(new MathModeCommand()).run(list(3, 3, 9, 12, 12, 15)));
        assertEquals(list(1.0, 1, 2), FakeCall.of(new MathModeCommand()).run(list(1.0, 1, 2)));
        assertEquals(list(1, 1.5), FakeCall.of(new MathModeCommand()).run(list(1.5, 1)));
        assertEquals(list(), FakeCall.of(new MathModeCommand()).run(list()));
        assertEquals(rec("a", list(1), "b", list(-1, 3, 5)), FakeCall.of(new MathModeCommand())
                .run(list(rec("a", 1, "b", 3), rec("a", 2, "b", -1), rec("a", 1, "b", 5))));
        assertThrows(ShellException.class, () -> FakeCall.of(new MathModeCommand()).run(range(0, 5L, true)));
    }

    @Test void varianceStddev() {
        assertEquals(f(2.0), FakeCall.of(new MathVarianceCommand(false)).run(list(1, 2, 3, 4, 5)));
        assertEquals(f(2.5), FakeCall.of(new MathVarianceCommand(false)).sw("sample").run(list(1, 2, 3, 4, 5)));
        assertEquals(f(2.9166666666666665), FakeCall.of(new MathVarianceCommand(false)).run(range(0, 5L, true)));
        assertEquals(f(1e18), FakeCall.of(new MathVarianceCommand(false)).run(list(dur(1_000_000_000L), dur(3_000_000_000L))));
        assertEquals(f(1_000_000.0), FakeCall.of(new MathVarianceCommand(false)).run(list(fs(1000), fs(3000))));
        assertThrows(ShellException.class, () -> FakeCall.of(new MathVarianceCommand(false)).sw("sample").run(list(1)));
        assertThrows(ShellException.class, () -> FakeCall.of(new MathVarianceCommand(false)).sw("sample").run(list()));
        assertEquals(f(1.4142135623730951), FakeCall.of(new MathVarianceCommand(true)).run(list(1, 2, 3, 4, 5)));
        assertEquals(f(1.5811388300841898), FakeCall.of(new MathVarianceCommand(true)).sw("sample").run(list(1, 2, 3, 4, 5)));
        assertEquals(dur(500_000_000L), FakeCall.of(new MathVarianceCommand(true)).run(list(dur(1_000_000_000L), dur(2_000_000_000L))));
        assertEquals(fs(1000), FakeCall.of(new MathVarianceCommand(true)).run(list(fs(1000), fs(3000))));
    }

    @Test void elementwise() {
        assertEquals(list(50, 100.0, 25), FakeCall.of(new MathAbsCommand()).run(list(-50, -100.0, 25)));
        assertEquals(rec("alice", list(1, 2, 3), "bob", list(-4, -5)), FakeCall.of(new MathAbsCommand()).path("alice")
                .run(rec("alice", list(-1, -2, -3), "bob", list(-4, -5))));
        assertEquals(rec("a", list(1, 2), "b", 3), FakeCall.of(new MathAbsCommand()).run(rec("a", list(1, 2), "b", 3)));
        assertThrows(ShellException.class, () -> FakeCall.of(new MathAbsCommand()).run(rec("alice", true, "bob", list(1))));
        assertEquals("nu::shell::incorrect_value", code(() -> FakeCall.of(new MathAbsCommand()).run(range(0, null, true))));
        assertThrows(ShellException.class, () -> FakeCall.of(new MathAbsCommand()).run(i(Long.MIN_VALUE)));
        assertEquals(list(2, 3, -3), FakeCall.of(new MathRoundingCommand(true)).run(list(1.5, 2.3, -3.1)));
        assertEquals(list(1, 2, -4), FakeCall.of(new MathRoundingCommand(false)).run(list(1.5, 2.3, -3.1)));
        assertEquals(list(2, 3, 4), FakeCall.of(new MathRoundingCommand(true)).runData(
                dev.nuebpf.runtime.PipelineData.of(new Value.RangeV(f(1.8), null, f(3.8), true))).collect());
        assertEquals(fs(2100), FakeCall.of(new MathRoundingCommand(false)).run(fs(2100)));
        assertEquals(list(2, 2, -3), FakeCall.of(new MathRoundCommand()).run(list(1.5, 2.3, -3.1)));
        assertEquals(i(-3), FakeCall.of(new MathRoundCommand()).run(f(-2.5)));
        assertEquals(list(1.56, 2.33, -3.11), FakeCall.of(new MathRoundCommand()).flag("precision", i(2)).run(list(1.555, 2.333, -3.111)));
        assertEquals(list(120.0, 120.0, -120.0), FakeCall.of(new MathRoundCommand()).flag("precision", i(-1)).run(list(123, 123.3, -123.4)));
        assertEquals(f(18.137254478), FakeCall.of(new MathRoundCommand()).flag("precision", i(10)).run(f(18.137254478007414)));
        assertEquals(i(Long.MAX_VALUE), FakeCall.of(new MathRoundCommand()).run(f(1e20)));
        assertThrows(ShellException.class, () -> FakeCall.of(new MathRoundCommand()).flag("precision", i(0)).run(fs(2100)));
        assertThrows(ShellException.class, () -> FakeCall.of(new MathRoundCommand()).run(s("not_a_number")));
        assertEquals(list(3.0, 4.0), FakeCall.of(new MathSqrtCommand(false)).run(list(9, 16)));
        assertEquals("nu::shell::unsupported_input", code(() -> FakeCall.of(new MathSqrtCommand(false)).run(i(-1))));
        assertEquals(list(2.0, -3.0), FakeCall.of(new MathSqrtCommand(true)).run(list(8, -27)));
        assertEquals(f(2.0), FakeCall.of(new MathLogCommand()).pos(i(10)).run(i(100)));
        assertEquals(list(4.0, 3.0, 2.0), FakeCall.of(new MathLogCommand()).pos(i(2)).run(list(16, 8, 4)));
        assertEquals("nu::shell::unsupported_input", code(() -> FakeCall.of(new MathLogCommand()).pos(i(0)).run(list(1, 2))));
        assertEquals("nu::shell::unsupported_input", code(() -> FakeCall.of(new MathLogCommand()).pos(i(2)).run(i(-2))));
    }

    @Test void functions() {
        assertEquals(f(180.0), FakeCall.of(new MathFunctionCommand(MathFunction.ARCCOS)).sw("degrees").run(i(-1)));
        assertEquals(f(Double.POSITIVE_INFINITY), FakeCall.of(new MathFunctionCommand(MathFunction.ARCTANH)).run(i(1)));
        assertEquals(f(1.3169578969248166), FakeCall.of(new MathFunctionCommand(MathFunction.ARCCOSH)).run(i(2)));
        assertThrows(ShellException.class, () -> FakeCall.of(new MathFunctionCommand(MathFunction.ARCSIN)).run(i(2)));
        assertThrows(ShellException.class, () -> FakeCall.of(new MathFunctionCommand(MathFunction.LN)).run(i(0)));
        assertEquals(list(-0.9999999999999999, 0.0, 0.9999999999999999),
                FakeCall.of(new MathFunctionCommand(MathFunction.TAN)).sw("degrees").run(list(-45, 0, 45)));
        assertEquals(f(2.718281828459045), FakeCall.of(new MathFunctionCommand(MathFunction.EXP)).run(i(1)));
        assertEquals(list(0.5493061443340548, 0.10033534773107558, 0.30951960420311175),
                FakeCall.of(new MathFunctionCommand(MathFunction.ARCTANH)).run(list(0.5, 0.1, 0.3)));
        assertEquals(list(1.1276259652063807, 1.5430806348152437, 11013.232920103324),
                FakeCall.of(new MathFunctionCommand(MathFunction.COSH)).run(list(0.5, 1, 10)));
        assertEquals(list(0.881373587019543, 9.999999999999999E-9), FakeCall.of(new MathFunctionCommand(MathFunction.ARCSINH)).run(list(1, 1e-8)));
    }
}
