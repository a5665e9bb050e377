package dev.nuebpf.stdlib.web;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.ShellErrors;
import java.util.List;

/** {@code from url}: a form-encoded query string as a record (a repeated key keeps its last value). */
public final class FromUrlCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("from url", Category.FORMATS)
                .description("Parse url-encoded string as a record.")
                .io("string", "record");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Convert url encoded string into a record",
                "'bread=baguette&cheese=comt%C3%A9&meat=ham&fat=butter' | from url",
                Record.builder().put("bread", Value.of("baguette")).put("cheese", Value.of("comté"))
                        .put("meat", Value.of("ham")).put("fat", Value.of("butter")).build()));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value v = input.collect();
        if (!(v instanceof Value.Str s)) throw ShellErrors.unsupportedInput("string", v, call.head(), null);
        Record.Builder b = Record.builder();
        for (Value row : UrlSplitQueryCommand.table(s.value()).items()) {
            Record r = (Record) row;
            b.put(((Value.Str) r.get("key")).value(), r.get("value"));
        }
        return PipelineData.of(b.build());
    }
}
