package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import java.util.List;

/** {@code split chars}: a string into its code points (default) or grapheme clusters; a list maps item-wise. */
public final class SplitCharsCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("split chars", Category.STRINGS)
                .description("Split text into a list of characters.")
                .switchFlag("grapheme-clusters", "Split into grapheme clusters (what a reader sees as characters).", 'g')
                .switchFlag("code-points", "Split into Unicode code points (the default).", 'c')
                .io("string", "list<string>").io("list<string>", "list<list<string>>")
                .searchTerms("character", "separate", "divide");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Split a word", "'hello' | split chars", SplitRowCommand.list("h", "e", "l", "l", "o")),
                Example.of("Keep grapheme clusters together", "'🇯🇵ほげ' | split chars --grapheme-clusters",
                        SplitRowCommand.list("🇯🇵", "ほ", "げ")),
                Example.of("Split each string of a list", "['ab', 'cd'] | split chars",
                        new Value.ListV(List.of(SplitRowCommand.list("a", "b"), SplitRowCommand.list("c", "d")))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean g = call.has("grapheme-clusters");
        return Operate.mapEach(input, v -> {
            String s = Operate.str(call, v);
            return SplitRowCommand.toList(g ? Text.graphemes(s) : Text.codePoints(s));
        });
    }
}
