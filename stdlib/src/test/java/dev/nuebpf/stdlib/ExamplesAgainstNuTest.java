package dev.nuebpf.stdlib;

import dev.nuebpf.stdlib.bytes.BytesCommands;
import dev.nuebpf.stdlib.conversions.ConversionCommands;
import dev.nuebpf.stdlib.core.CoreCommands;
import dev.nuebpf.stdlib.date.DateCommands;
import dev.nuebpf.stdlib.filters.FilterCommands;
import dev.nuebpf.stdlib.formats.FormatCommands;
import dev.nuebpf.stdlib.math.MathCommands;
import dev.nuebpf.stdlib.path.PathCommands;
import dev.nuebpf.stdlib.strings.StringCommands;
import dev.nuebpf.stdlib.testing.ExamplesAgainstNu;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The declared results of the command examples are what the reference nu 0.115.1 gives for them, so the
 * examples-as-tests check nu's behaviour, not our guess of it (one reference run per family of commands).
 */
class ExamplesAgainstNuTest {
    @Test void stringsMathAndBytes() throws Exception {
        ExamplesAgainstNu.check(List.of(new StringCommands(), new MathCommands(), new BytesCommands()));
    }

    @Test void coreAndFilters() throws Exception {
        ExamplesAgainstNu.check(List.of(new CoreCommands(), new FilterCommands()));
    }

    @Test void conversionsFormatsPathsAndDates() throws Exception {
        ExamplesAgainstNu.check(List.of(new ConversionCommands(), new FormatCommands(), new PathCommands(), new DateCommands()));
    }
}
