package dev.nuebpf.truffle.builtins;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import dev.nuebpf.truffle.EngineImpl;
import dev.nuebpf.truffle.EnvScope;
import dev.nuebpf.truffle.NuContext;
import java.util.List;

/** {@code with-env {A: 1} { ... }}: runs a closure with extra environment variables, visible only inside. */
public final class WithEnvCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("with-env", Category.ENV)
                .description("Runs a block with an environment variable set.")
                .required("variable", SyntaxShape.RECORD, "The environment variable to temporarily set.")
                .required("block", SyntaxShape.CLOSURE, "The block to run once the variable is set.")
                .io("any", "any");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Set by key-value record", "with-env {X: 'Y', W: 'Z'} { [$env.X $env.W] }",
                new Value.ListV(List.of(Value.of("Y"), Value.of("Z")))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        if (!(call.req(0) instanceof Record vars)) throw Errors.typeMismatch("record", call.req(0), call.positionalSpan(0));
        Value.ClosureV body = call.closureArg(1);
        NuContext ctx = ((EngineImpl) call.engine()).context();
        EnvScope saved = ctx.env();
        EnvScope scope = saved.child();
        for (int i = 0; i < vars.size(); i++) scope.set(vars.keys().get(i), vars.values().get(i));
        ctx.setEnv(scope);
        try {
            // collected inside the scope: a lazy stream would otherwise read the environment after it was restored
            return PipelineData.of(call.engine().call(body, List.of(), input, call.head()).collect());
        } finally {
            ctx.setEnv(saved);
        }
    }
}
