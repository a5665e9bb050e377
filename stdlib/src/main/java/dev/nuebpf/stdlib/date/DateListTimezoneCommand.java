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

/** {@code date list-timezone}: a table of the IANA zone names the JVM knows. */
public final class DateListTimezoneCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("date list-timezone", Category.DATE)
                .description("List supported time zones.")
                .io("nothing", "table")
                .searchTerms("UTC", "GMT", "tz");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Show time zone(s) that contains 'Shanghai'", "date list-timezone | where timezone =~ Shanghai",
                new Value.ListV(List.of(Record.of("timezone", Value.of("Asia/Shanghai"))))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        List<Value> rows = new ArrayList<>();
        for (String z : new java.util.TreeSet<>(ZoneId.getAvailableZoneIds())) {
            if (z.startsWith("SystemV/")) continue;
            rows.add(Record.of("timezone", Value.of(z)));
        }
        return PipelineData.of(new Value.ListV(rows));
    }
}
