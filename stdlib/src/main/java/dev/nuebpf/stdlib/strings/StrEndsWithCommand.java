package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code str ends-with}: suffix test, optionally case-insensitive. */
public final class StrEndsWithCommand extends StrMapCommand {
    @Override public Signature signature() {
        return sig("str ends-with", "Check whether text ends with a suffix.", "bool")
                .required("string", SyntaxShape.STRING, "The suffix to check for.")
                .switchFlag("ignore-case", "Compare without regard to case.", 'i')
                .searchTerms("pattern", "match", "find", "search");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Check for a suffix", "'my_library.rb' | str ends-with '.rb'", Value.of(true)),
                Example.of("Ignore case", "'my_library.rb' | str ends-with --ignore-case '.RB'", Value.of(true)),
                Example.of("A suffix that is not there", "'my_library.rb' | str ends-with 'my'", Value.of(false)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return testEach(call, input, String::endsWith);
    }
}
