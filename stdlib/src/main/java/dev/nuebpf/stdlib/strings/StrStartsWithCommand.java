package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code str starts-with}: prefix test, optionally case-insensitive. */
public final class StrStartsWithCommand extends StrMapCommand {
    @Override public Signature signature() {
        return sig("str starts-with", "Check whether text starts with a prefix.", "bool")
                .required("string", SyntaxShape.STRING, "The prefix to check for.")
                .switchFlag("ignore-case", "Compare without regard to case.", 'i')
                .searchTerms("pattern", "match", "find", "search");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Check for a prefix", "'my_library.rb' | str starts-with 'my'", Value.of(true)),
                Example.of("Ignore case", "'Cargo.toml' | str starts-with --ignore-case 'cargo'", Value.of(true)),
                Example.of("A prefix that is not there", "'Cargo.toml' | str starts-with '.toml'", Value.of(false)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return testEach(call, input, String::startsWith);
    }
}
