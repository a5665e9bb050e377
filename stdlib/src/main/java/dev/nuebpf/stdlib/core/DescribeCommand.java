package dev.nuebpf.stdlib.core;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import dev.nuebpf.runtime.Values;
import dev.nuebpf.stdlib.common.CellPathOps;
import dev.nuebpf.stdlib.common.Closures;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.stdlib.common.TypeNames;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
/** {@code describe}: the input's type as nu writes it; streams are marked "(stream)". */
public final class DescribeCommand implements Command {
    private final Signature sig = Signature.build("describe", Category.CORE)
            .description("Describe the type and structure of the value(s) piped in.")
            .switchFlag("no-collect", "Do not collect streams of structured data.", 'n')
            .switchFlag("detailed", "Show detailed information about the value.", 'd')
            .io("any", "any")
            .searchTerms("type", "typeof", "info", "structure");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Describe a string", "'hi' | describe", s("string")),
                Example.of("Describe a list", "[1 2] | describe", s("list<int>")),
                Example.of("Describe a record", "{a: 1, b: [x]} | describe", s("record<a: int, b: list<string>>")),
                Example.of("Describe a table", "[[a]; [1] [2.5]] | describe", s("table<a: number>")),
                Example.of("Mixed lists use oneof", "[1 'a'] | describe", s("list<oneof<int, string>>")),
                Example.of("Describe a stream", "1..3 | each { $in } | describe", s("list<int> (stream)")),
                Example.of("Describe a stream without collecting it", "1..3 | each { $in } | describe --no-collect", s("stream")),
                Example.of("Details of a value", "5 | describe --detailed | get detailed_type", s("int")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean stream = input instanceof PipelineData.Stream || input instanceof PipelineData.ByteStream;
        if (stream && call.has("no-collect")) return PipelineData.of(Value.of(input instanceof PipelineData.ByteStream ? "byte stream" : "stream"));
        Value v = input.collect();
        if (call.has("detailed")) return PipelineData.of(detailed(v));
        String t = TypeNames.of(v);
        return PipelineData.of(Value.of(stream ? t + " (stream)" : t));
    }

    private static Value detailed(Value v) {
        Record.Builder b = Record.builder().put("type", Value.of(v.typeName())).put("detailed_type", Value.of(TypeNames.of(v)));
        if (v instanceof Value.ListV l) {
            b.put("length", Value.Int.of(l.items().size()));
            b.put("value", new Value.ListV(l.items().stream().map(DescribeCommand::detailed).toList()));
        } else if (v instanceof Record r) {
            Record.Builder cols = Record.builder();
            for (int k = 0; k < r.size(); k++) cols.put(r.keys().get(k), detailed(r.values().get(k)));
            b.put("columns", cols.build());
        } else b.put("value", v);
        return b.build();
    }
}
