package dev.nuebpf.stdlib.date;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code date format}: removed in nu; it still parses and tells the user to use {@code format date}. */
public final class DateFormatCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("date format", Category.DATE)
                .description("Removed command: use `format date` instead.")
                .optional("format string", SyntaxShape.STRING, "The desired date format.")
                .switchFlag("list", "lists strftime cheatsheet", 'l')
                .io("datetime", "string").io("string", "string");
    }

    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("The removed command still parses", "2021-10-22T20:00:12+01:00 | date format '%Y'"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        throw ShellException.of("nu::shell::removed_command", "Removed command: date format", call.head(),
                "'date format' has been removed from Nushell. Please use 'format date' instead.");
    }
}
