package dev.nuebpf.stdlib.date;

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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** {@code date now}: the current time at the local offset. */
public final class DateNowCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("date now", Category.DATE)
                .description("Get the current date.")
                .io("nothing", "datetime");
    }

    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("Get the current date and format it in a given format string.", "date now | format date \"%Y-%m-%d %H:%M:%S\""),
                Example.parseOnly("Get the time duration since 2019-04-30.", "(date now) - 2019-05-01"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        ZonedDateTime now = ZonedDateTime.now();
        return PipelineData.of(new Value.Date(now.withZoneSameInstant(now.getOffset())));
    }
}
