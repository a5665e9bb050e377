package dev.nuebpf.stdlib;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import dev.nuebpf.stdlib.bytes.BytesCommands;
import dev.nuebpf.stdlib.core.CoreCommands;
import dev.nuebpf.stdlib.filters.FilterCommands;
import dev.nuebpf.stdlib.math.MathCommands;
import dev.nuebpf.stdlib.strings.StringCommands;
import dev.nuebpf.stdlib.testing.SignaturesAgainstNu;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The commands declare the same parameters as the reference nu 0.115.1 and are documented with examples: the
 * strings, math and bytes commands down to the syntax shapes and input/output types, the core and filters
 * commands by names, order, optionality and flags.
 */
class SignaturesAgainstNuTest {
    private static List<Command> commands(CommandProvider... providers) {
        List<Command> out = new ArrayList<>();
        for (CommandProvider p : providers) out.addAll(p.commands());
        return out;
    }

    private static final List<Command> TEXT_AND_NUMBERS = commands(new StringCommands(), new MathCommands(), new BytesCommands());
    private static final List<Command> CORE_AND_FILTERS = commands(new CoreCommands(), new FilterCommands());

    @Test void stringsMathAndBytesAreDocumented() { SignaturesAgainstNu.checkDocumented(TEXT_AND_NUMBERS); }

    @Test void stringsMathAndBytesParametersWithShapes() throws Exception { SignaturesAgainstNu.checkParameters(TEXT_AND_NUMBERS, true); }

    @Test void stringsMathAndBytesInputOutputTypes() throws Exception { SignaturesAgainstNu.checkIoTypes(TEXT_AND_NUMBERS); }

    @Test void coreAndFiltersAreDocumented() { SignaturesAgainstNu.checkDocumented(CORE_AND_FILTERS); }

    @Test void coreAndFiltersParameters() throws Exception { SignaturesAgainstNu.checkParameters(CORE_AND_FILTERS, false); }
}
