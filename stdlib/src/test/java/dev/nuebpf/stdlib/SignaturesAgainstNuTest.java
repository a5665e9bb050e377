package dev.nuebpf.stdlib;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import dev.nuebpf.command.Signature;
import dev.nuebpf.stdlib.math.MathCommands;
import dev.nuebpf.stdlib.strings.StringCommands;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Checks that each strings/math command declares the same flags (long and short names, switch or valued) and
 * positionals (order, optionality) as the reference nu, and that every command is documented.
 */
class SignaturesAgainstNuTest {
    private static List<Command> commands() {
        List<Command> out = new ArrayList<>();
        for (CommandProvider p : List.of(new StringCommands(), new MathCommands(), new dev.nuebpf.stdlib.bytes.BytesCommands())) out.addAll(p.commands());
        return out;
    }

    @Test void inputOutputTypesMatchReferenceNu() throws IOException, InterruptedException {
        Path nu = dev.nuebpf.stdlib.testing.ExamplesAgainstNu.nuBinary();
        assumeTrue(nu != null, "reference nu not installed (set NU_BIN)");
        List<Command> cmds = commands();
        StringBuilder names = new StringBuilder("[");
        for (Command c : cmds) names.append('"').append(c.name()).append("\" ");
        names.append(']');
        String script = "scope commands | where name in " + names + " | each {|c| $c.signatures | transpose i s | each {|r| "
                + "$'($c.name)|($r.i)|($r.s | where parameter_type == output | first | get syntax_shape)' } } | flatten | str join (char nl)";
        Process proc = new ProcessBuilder(nu.toString(), "-n", "-c", script).redirectErrorStream(true).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(proc.waitFor(60, TimeUnit.SECONDS));
        Set<String> expected = new TreeSet<>(out.lines().filter(l -> l.contains("|")).toList());
        Set<String> actual = new TreeSet<>();
        for (Command c : cmds) for (Signature.IoType io : c.signature().ioTypes()) actual.add(c.name() + "|" + io.input() + "|" + io.output());
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertEquals("", String.join("\n", missing), "io types nu has that we lack");
        assertEquals("", String.join("\n", extra), "io types we have that nu lacks");
    }

    /** nu's name for a shape, as {@code scope commands} prints it. */
    private static String shape(dev.nuebpf.syntax.SyntaxShape s) {
        return s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Test void everyCommandIsDocumented() {
        Set<String> names = new HashSet<>();
        for (Command c : commands()) {
            Signature s = c.signature();
            assertTrue(names.add(s.name()), "duplicate " + s.name());
            assertFalse(s.description().isBlank(), s.name());
            assertFalse(s.ioTypes().isEmpty(), s.name());
            assertFalse(c.examples().isEmpty(), s.name());
        }
    }

    @Test void parametersMatchReferenceNu() throws IOException, InterruptedException {
        Path nu = dev.nuebpf.stdlib.testing.ExamplesAgainstNu.nuBinary();
        assumeTrue(nu != null, "reference nu not installed (set NU_BIN)");
        List<Command> cmds = commands();
        StringBuilder names = new StringBuilder("[");
        for (Command c : cmds) names.append('"').append(c.name()).append("\" ");
        names.append(']');
        String script = "scope commands | where name in " + names + " | each {|c| $c.signatures | values | first"
                + " | where parameter_type in [positional rest switch named] | each {|p| $'($c.name)|($p.parameter_type)|"
                + "(if $p.parameter_type == rest { \"\" } else { $p.parameter_name })|($p.short_flag? | default \"\")|($p.is_optional)|"
                + "($p.syntax_shape? | default \"\" | str replace -r '^oneof<.*' 'any')' } } | flatten | str join (char nl)";
        Process proc = new ProcessBuilder(nu.toString(), "-n", "-c", script).redirectErrorStream(true).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(proc.waitFor(60, TimeUnit.SECONDS));
        Set<String> expected = new TreeSet<>(out.lines().filter(l -> l.contains("|")).toList());
        Set<String> actual = new TreeSet<>();
        for (Command c : cmds) {
            Signature s = c.signature();
            for (Signature.Positional p : s.positionals()) actual.add(s.name() + "|positional|" + p.name() + "||" + p.optional() + "|" + shape(p.shape()));
            if (s.rest() != null) actual.add(s.name() + "|rest|||true|" + shape(s.rest().shape()));
            for (Signature.Flag f : s.flags()) {
                actual.add(s.name() + "|" + (f.shape() == null ? "switch" : "named") + "|" + f.longName() + "|"
                        + (f.shortName() == null ? "" : f.shortName()) + "|true|" + (f.shape() == null ? "" : shape(f.shape())));
            }
        }
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertEquals("", String.join("\n", missing), "parameters nu has that we lack");
        assertEquals("", String.join("\n", extra), "parameters we have that nu lacks");
    }
}
