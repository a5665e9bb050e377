package dev.nuebpf.stdlib.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.Signature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Compares command signatures with the reference nu's {@code scope commands}: positionals (order, optionality),
 * flags (long and short names, switch or valued), optionally the shapes, and the input/output types.
 * Skips (JUnit assumption) when no reference nu is installed.
 */
public final class SignaturesAgainstNu {
    private SignaturesAgainstNu() {}

    /** Every command has a unique name, a description, io types and examples. */
    public static void checkDocumented(List<Command> commands) {
        Set<String> names = new HashSet<>();
        for (Command c : commands) {
            Signature s = c.signature();
            assertTrue(names.add(s.name()), "duplicate " + s.name());
            assertFalse(s.description().isBlank(), s.name());
            assertFalse(s.ioTypes().isEmpty(), s.name());
            assertFalse(c.examples().isEmpty(), s.name());
        }
    }

    /** The parameters equal nu's; with {@code shapes} their syntax shapes too. */
    public static void checkParameters(List<Command> commands, boolean shapes) throws Exception {
        String script = "scope commands | where name in " + names(commands) + " | each {|c| $c.signatures | values | first"
                + " | where parameter_type in [positional rest switch named] | each {|p| $'($c.name)|($p.parameter_type)|"
                + "(if $p.parameter_type == rest { \"\" } else { $p.parameter_name })|($p.short_flag? | default \"\")|($p.is_optional)"
                + (shapes ? "|($p.syntax_shape? | default \"\" | str replace -r '^oneof<.*' 'any')" : "")
                + "' } } | flatten | str join (char nl)";
        Set<String> actual = new TreeSet<>();
        for (Command c : commands) {
            Signature s = c.signature();
            for (Signature.Positional p : s.positionals())
                actual.add(s.name() + "|positional|" + p.name() + "||" + p.optional() + (shapes ? "|" + shape(p.shape()) : ""));
            if (s.rest() != null) actual.add(s.name() + "|rest|||true" + (shapes ? "|" + shape(s.rest().shape()) : ""));
            for (Signature.Flag f : s.flags()) {
                actual.add(s.name() + "|" + (f.shape() == null ? "switch" : "named") + "|" + f.longName() + "|"
                        + (f.shortName() == null ? "" : f.shortName()) + "|true"
                        + (shapes ? "|" + (f.shape() == null ? "" : shape(f.shape())) : ""));
            }
        }
        compare(runNu(script), actual, "parameters");
    }

    /** The input/output type pairs equal nu's. */
    public static void checkIoTypes(List<Command> commands) throws Exception {
        String script = "scope commands | where name in " + names(commands) + " | each {|c| $c.signatures | transpose i s | each {|r| "
                + "$'($c.name)|($r.i)|($r.s | where parameter_type == output | first | get syntax_shape)' } } | flatten | str join (char nl)";
        Set<String> actual = new TreeSet<>();
        for (Command c : commands) for (Signature.IoType io : c.signature().ioTypes()) actual.add(c.name() + "|" + io.input() + "|" + io.output());
        compare(runNu(script), actual, "io types");
    }

    private static String names(List<Command> commands) {
        StringBuilder names = new StringBuilder("[");
        for (Command c : commands) names.append('"').append(c.name()).append("\" ");
        return names.append(']').toString();
    }

    /** nu's name for a shape, as {@code scope commands} prints it. */
    private static String shape(dev.nuebpf.syntax.SyntaxShape s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Set<String> runNu(String script) throws Exception {
        Path nu = ExamplesAgainstNu.nuBinary();
        assumeTrue(nu != null, "reference nu not installed (set NU_EBPF_REAL_NU or NU_BIN)");
        Process proc = new ProcessBuilder(nu.toString(), "-n", "-c", script).redirectErrorStream(true).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(proc.waitFor(60, TimeUnit.SECONDS));
        return new TreeSet<>(out.lines().filter(l -> l.contains("|")).toList());
    }

    private static void compare(Set<String> expected, Set<String> actual, String what) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertEquals("", String.join("\n", missing), what + " nu has that we lack");
        assertEquals("", String.join("\n", extra), what + " we have that nu lacks");
    }
}
