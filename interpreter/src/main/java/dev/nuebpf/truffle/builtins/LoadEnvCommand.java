package dev.nuebpf.truffle.builtins;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code load-env}: sets environment variables from a record (argument or input) in the caller's scope. */
public final class LoadEnvCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("load-env", Category.ENV)
                .description("Loads an environment update from a record.")
                .optional("update", SyntaxShape.RECORD, "The record to use for updates.")
                .io("record", "nothing").io("nothing", "nothing");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Load variables from a record", "load-env {LOAD_ENV_A: 1, LOAD_ENV_B: 2}; $env.LOAD_ENV_B", Value.of(2)),
                Example.of("Load variables from the input", "{LOAD_ENV_C: x} | load-env; $env.LOAD_ENV_C", Value.of("x")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value v = call.positional(0);
        if (v == null) v = input.collect();
        if (!(v instanceof Record r)) throw Errors.typeMismatch("record", v, call.positional(0) == null ? call.head() : call.positionalSpan(0));
        for (int i = 0; i < r.size(); i++) {
            String k = r.keys().get(i);
            if (k.equals("FILE_PWD") || k.equals("CURRENT_FILE")) {
                throw ShellException.of("nu::shell::automatic_env_var_set_manually", "Automatic environment variable set manually.",
                        call.head(), "cannot set '" + k + "' manually");
            }
            call.engine().setEnv(k, r.values().get(i));
        }
        return PipelineData.EMPTY;
    }
}
