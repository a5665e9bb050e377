package dev.nuebpf.truffle.builtins;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import dev.nuebpf.truffle.EngineImpl;
import java.util.List;

/** {@code hide-env NAME...}: removes environment variables from the caller's scope. */
public final class HideEnvCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("hide-env", Category.ENV)
                .description("Hide environment variables in the current scope.")
                .rest("name", SyntaxShape.STRING, "Environment variable names to hide.")
                .switchFlag("ignore-errors", "do not throw an error if an environment variable was not found", 'i')
                .io("nothing", "nothing");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Hide an environment variable", "$env.HZ_ENV_ABC = 1; hide-env HZ_ENV_ABC; 'HZ_ENV_ABC' in $env",
                Value.of(false)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        EngineImpl engine = (EngineImpl) call.engine();
        for (int i = 0; i < call.rest().size(); i++) {
            String name = Errors.expectString(call.rest().get(i), call.restSpans().get(i));
            if (!engine.hideEnv(name) && !call.has("ignore-errors")) {
                throw ShellException.of("nu::shell::env_var_not_found", "Cannot find environment variable.", call.restSpans().get(i),
                        "Cannot find environment variable '" + name + "'");
            }
        }
        return PipelineData.EMPTY;
    }
}
