package dev.nuebpf.truffle.builtins;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.syntax.SyntaxShape;
import dev.nuebpf.truffle.nodes.ControlFlow;
import java.util.List;

/**
 * {@code exit [code]}: ends the shell (a script, {@code -c}, the REPL) with that exit status. It unwinds like
 * {@code return} ({@link ControlFlow.Exit}): {@code try} does not catch it; the front end exits with the code.
 */
public final class ExitCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("exit", Category.SHELLS)
                .description("Exit Nu.")
                .optional("exit_code", SyntaxShape.INT, "Exit code to return immediately with.")
                .switchFlag("abort", "Exit by aborting the process (nu-ebpf ends the same way: the exit code is kept).", null)
                .io("nothing", "nothing")
                .searchTerms("quit", "close", "exit_code", "error_code", "logout");
    }

    // Running them would end the shell: they are only parsed here; LauncherTest checks the exit statuses.
    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("Exit the current shell", "exit"),
                Example.parseOnly("Exit with status 2", "exit 2"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        long code = call.positional(0) == null ? 0 : call.intArg(0);
        throw new ControlFlow.Exit((int) code);
    }
}
