package dev.nuebpf.truffle.builtins;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import dev.nuebpf.truffle.EngineImpl;
import java.util.List;

/** {@code export-env { ... }}: runs a block whose environment changes stay in the caller's scope. */
public final class ExportEnvCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("export-env", Category.ENV)
                .description("Run a block and preserve its environment in a current scope.")
                .required("block", SyntaxShape.BLOCK, "The block to run to set the environment.")
                .io("nothing", "nothing");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Set an environment variable", "export-env { $env.EXPORT_ENV_SPAM = 'eggs' }; $env.EXPORT_ENV_SPAM",
                Value.of("eggs")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        ((EngineImpl) call.engine()).callKeepingEnv(call.closureArg(0), List.of(), input, call.head()).collect();
        return PipelineData.EMPTY;
    }
}
