package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import java.nio.charset.StandardCharsets;

/** Input helpers shared by the {@code from *} commands. */
final class Inputs {
    private Inputs() {}

    /** The input as text: a string, or UTF-8 bytes; anything else is nu's input-type error. */
    static String text(Call call, PipelineData input, String command) {
        Value v = input.collect();
        if (v instanceof Value.Str s) return s.value();
        if (v instanceof Value.Binary b) return new String(b.bytes(), StandardCharsets.UTF_8);
        if (v == Value.NOTHING) {
            throw ShellException.of("nu::shell::pipeline_mismatch", "Pipeline empty.", call.head(), "no input value was piped in");
        }
        throw Errors.unsupportedInput(command, "string", v, call.head(), call.head());
    }
}
