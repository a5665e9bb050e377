package dev.nuebpf.truffle.builtins;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code unlet $x}: drops variables (their values are released; the names stay resolved at translation). */
public final class UnletCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("unlet", Category.CORE)
                .description("Delete variables from nushell memory, making them unrecoverable.")
                .rest("rest", SyntaxShape.ANY, "The variables to delete (pass as $variable_name).")
                .io("nothing", "nothing");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Delete a variable from memory", "let x = 42; unlet $x", Value.NOTHING));
    }

    @Override public PipelineData run(Call call, PipelineData input) { return PipelineData.EMPTY; }
}
