package dev.nuebpf.repl;

import dev.nuebpf.command.CommandProvider;
import java.util.List;

/**
 * The command providers of the modules the command-line shell ships, in class-path order (as the service
 * lookup would find them). Named here so start-up need not scan every jar for service files;
 * BuiltinProvidersTest checks the list against the service files.
 */
final class BuiltinProviders {
    private BuiltinProviders() {}

    static List<CommandProvider> all() {
        return List.of(
                new dev.nuebpf.ebpf.EbpfCommands(),
                new dev.nuebpf.ebpf.helpers.HelperCommands(),
                new dev.nuebpf.truffle.builtins.InterpreterCommands(),
                new dev.nuebpf.stdlib.core.CoreCommands(),
                new dev.nuebpf.stdlib.filters.FilterCommands(),
                new dev.nuebpf.stdlib.strings.StringCommands(),
                new dev.nuebpf.stdlib.math.MathCommands(),
                new dev.nuebpf.stdlib.conversions.ConversionCommands(),
                new dev.nuebpf.stdlib.web.WebCommands(),
                new dev.nuebpf.stdlib.formats.FormatCommands(),
                new dev.nuebpf.stdlib.path.PathCommands(),
                new dev.nuebpf.stdlib.date.DateCommands(),
                new dev.nuebpf.stdlib.system.SystemCommands(),
                new dev.nuebpf.stdlib.bytes.BytesCommands(),
                new dev.nuebpf.stdlib.matrix.MatrixCommands(),
                new dev.nuebpf.stdlib.markup.MarkupCommands());
    }
}
