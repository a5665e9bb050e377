package dev.nuebpf.truffle.builtins;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.ExternalOutput;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code complete}: waits for an external and gives {stdout, stderr, exit_code}; a failing exit is not an error. */
public final class CompleteCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("complete", Category.SYSTEM)
                .description("Capture the outputs and exit code from an external piped in.")
                .io("any", "record");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Run an external and capture its output and exit code", "^sh -c 'echo hi; exit 3' | complete",
                        Record.builder().put("stdout", Value.of("hi\n")).put("stderr", Value.of("")).put("exit_code", Value.of(3)).build()));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        if (input instanceof PipelineData.ByteStream bs && bs.bytes() instanceof ExternalOutput ext) {
            byte[] out;
            try {
                out = ext.readAllBytes();
            } catch (IOException e) {
                out = new byte[0];
            }
            int code = ext.waitFor();
            call.engine().setEnv("LAST_EXIT_CODE", Value.of(code));
            Record r = Record.builder()
                    .put("stdout", Value.of(new String(out, StandardCharsets.UTF_8)))
                    .put("stderr", Value.of(ext.stderrText()))
                    .put("exit_code", Value.of(code))
                    .build();
            return PipelineData.of(r);
        }
        if (input instanceof PipelineData.ByteStream bs) {
            Value v = bs.collect();
            return PipelineData.of(Record.builder().put("stdout", v).put("stderr", Value.of("")).put("exit_code", Value.of(0)).build());
        }
        throw ShellException.of("nu::shell::error", "Complete only works with external commands", call.head(),
                "complete only works on external commands");
    }
}
