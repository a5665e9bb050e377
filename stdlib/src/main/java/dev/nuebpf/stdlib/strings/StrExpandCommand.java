package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import java.util.List;

/** {@code str expand}: brace expansion ({@code A{b,c}} and {@code {1..3}}), see {@link BraceExpansion}. */
public final class StrExpandCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("str expand", Category.STRINGS)
                .description("Expand braces in text into all the strings they stand for.")
                .switchFlag("path", "Treat backslashes as path separators, not escapes.", null)
                .io("string", "list<string>").io("list<string>", "list<list<string>>")
                .searchTerms("brace", "expand", "expansion", "glob");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Alternatives", "\"{apple,banana,cherry}\" | str expand", SplitRowCommand.list("apple", "banana", "cherry")),
                Example.of("A product of alternatives", "\"A{b,c}D{e,f}G\" | str expand", SplitRowCommand.list("AbDeG", "AbDfG", "AcDeG", "AcDfG")),
                Example.of("Numeric ranges keep zero padding", "\"A{08..10}\" | str expand", SplitRowCommand.list("A08", "A09", "A10")),
                Example.of("Nested braces", "\"A{B{1,3},C{2,5}}D\" | str expand", SplitRowCommand.list("AB1D", "AB3D", "AC2D", "AC5D")),
                Example.of("Escaped comma", "'A{B\\,,C}' | str expand", SplitRowCommand.list("AB,", "AC")),
                Example.of("Path mode keeps backslashes", "'C:\\{Users,Windows}' | str expand --path",
                        SplitRowCommand.list("C:\\Users", "C:\\Windows")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean path = call.has("path");
        return Operate.mapEach(input, v -> SplitRowCommand.toList(BraceExpansion.expand(Operate.str(call, v), path, call.head())));
    }
}
