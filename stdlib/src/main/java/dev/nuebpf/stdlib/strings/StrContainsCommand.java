package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code str contains}: substring test, optionally case-insensitive. */
public final class StrContainsCommand extends StrMapCommand {
    @Override public Signature signature() {
        return sig("str contains", "Check whether text contains a substring.", "bool")
                .required("string", SyntaxShape.STRING, "The substring to look for.")
                .switchFlag("ignore-case", "Compare without regard to case.", 'i')
                .searchTerms("substring", "match", "find", "search");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Check for a substring", "'my_library.rb' | str contains '.rb'", Value.of(true)),
                Example.of("Ignore case", "'my_library.rb' | str contains --ignore-case '.RB'", Value.of(true)),
                Example.of("Check a record field", "{ ColA: test, ColB: 100 } | str contains 'e' ColA",
                        Record.of("ColA", Value.of(true), "ColB", Value.of(100))),
                Example.of("Check each list item", "[one two three] | str contains o",
                        new Value.ListV(List.of(Value.of(true), Value.of(true), Value.of(false)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return testEach(call, input, String::contains);
    }
}
