package dev.nuebpf.truffle.builtins;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import dev.nuebpf.truffle.EngineImpl;
import dev.nuebpf.truffle.ErrorRecords;
import java.util.List;

/** {@code do}: runs a closure with arguments and the pipeline input; can swallow or capture errors, or keep env changes. */
public final class DoCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("do", Category.CORE)
                .description("Run a closure, providing it with the pipeline input.")
                .required("closure", SyntaxShape.CLOSURE, "The closure to run.")
                .rest("rest", SyntaxShape.ANY, "Parameter for the closure.")
                .switchFlag("ignore-errors", "ignore errors as the closure runs", 'i')
                .switchFlag("capture-errors", "catch errors as the closure runs, and return them", 'c')
                .switchFlag("env", "keep the environment defined inside the command", null)
                .io("any", "any");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Run the closure", "do { 'hello' }", Value.of("hello")),
                Example.of("Run a closure with arguments", "do {|x, y| $x + $y } 1 2", Value.of(3)),
                Example.of("Ignore errors", "do --ignore-errors { 1 / 0 }", Value.NOTHING),
                Example.of("Keep environment changes", "do --env { $env.DO_EXAMPLE = 1 }; $env.DO_EXAMPLE", Value.of(1)),
                Example.of("The input becomes $in", "5 | do { $in * 2 }", Value.of(10)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value.ClosureV c = call.closureArg(0);
        if (c.ast() != null) {
            long required = c.ast().params().stream().filter(p -> p.kind() == dev.nuebpf.syntax.Param.Kind.REQUIRED).count();
            if (call.rest().size() < required) {
                var missing = c.ast().params().get(call.rest().size());
                throw ShellException.of("nu::shell::missing_parameter", "Missing parameter: " + missing.name() + ".",
                        call.head(), "missing parameter: " + missing.name());
            }
        }
        EngineImpl engine = (EngineImpl) call.engine();
        boolean ignore = call.has("ignore-errors");
        boolean capture = call.has("capture-errors");
        try {
            PipelineData out = call.has("env") ? engine.callKeepingEnv(c, call.rest(), input, call.head())
                    : engine.call(c, call.rest(), input, call.head());
            if (!ignore && !capture) return out;
            // errors raised while streaming must be caught here too
            Value v = out.collect();
            if (v instanceof Value.ErrorV e) throw new ShellException(e.diagnostic(), e.raw());
            return PipelineData.of(v);
        } catch (ShellException e) {
            if (ignore) return PipelineData.of(Value.NOTHING);
            if (capture) return PipelineData.of(new Value.ErrorV(e.diagnostic(), e.raw()));
            throw e;
        } catch (RuntimeException e) {
            if (e instanceof com.oracle.truffle.api.nodes.ControlFlowException || !(ignore || capture)) throw e;
            if (ignore) return PipelineData.of(Value.NOTHING);
            ShellException se = ErrorRecords.internal(e, call.head());
            return PipelineData.of(new Value.ErrorV(se.diagnostic(), null));
        }
    }
}
