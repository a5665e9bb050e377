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
import dev.nuebpf.runtime.TypeNames;
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
                Example.of("Details of a value", "5 | describe --detailed", rec("type", s("int"), "detailed_type", s("int"), "rust_type", s("i64"), "value", i(5))),
                Example.of("Details of a list", "[a] | describe --detailed | get length", i(1)));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean stream = input instanceof PipelineData.Stream || input instanceof PipelineData.ByteStream;
        if (stream && call.has("no-collect")) return PipelineData.of(Value.of(input instanceof PipelineData.ByteStream ? "byte stream" : "stream"));
        Value v = input.collect();
        if (call.has("detailed")) return PipelineData.of(detailed(call, v));
        String t = TypeNames.of(v);
        return PipelineData.of(Value.of(stream ? t + " (stream)" : t));
    }

    /** nu's --detailed record: type, detailed_type, length/columns, the Rust type nu stores it as, and the value. */
    private static Value detailed(Call call, Value v) {
        if (v instanceof Value.ClosureV)
            throw new dev.nuebpf.command.ShellException(dev.nuebpf.diag.Diagnostic.builder("nu::shell::unsupported_input", "Unsupported input")
                    .label(call.head(), "closures are currently not deserializable (use --serialize to serialize as a string)").build());
        Record.Builder b = Record.builder().put("type", Value.of(v.typeName())).put("detailed_type", Value.of(TypeNames.of(v)));
        if (v instanceof Value.ListV l) {
            b.put("length", Value.Int.of(l.items().size()));
            b.put("rust_type", Value.of(rustType(v)));
            b.put("value", new Value.ListV(l.items().stream().map(x -> detailed(call, x)).toList()));
            return b.build();
        }
        if (v instanceof Record r) {
            Record.Builder cols = Record.builder();
            for (int k = 0; k < r.size(); k++) cols.put(r.keys().get(k), detailed(call, r.values().get(k)));
            return b.put("columns", cols.build()).put("rust_type", Value.of(rustType(v))).build();
        }
        if (v instanceof Value.Binary bin) b.put("length", Value.Int.of(bin.bytes().length));
        if (v instanceof Value.CellPathV p) b.put("length", Value.Int.of(p.members().size()));
        return b.put("rust_type", Value.of(rustType(v))).put("value", v).build();
    }

    private static String rustType(Value v) {
        return switch (v.typeName()) {
            case "int", "duration" -> "i64";
            case "float" -> "f64";
            case "bool" -> "bool";
            case "string", "glob" -> "&alloc::string::String";
            case "filesize" -> "nu_protocol::value::filesize::Filesize";
            case "datetime" -> "chrono::datetime::DateTime<chrono::offset::fixed::FixedOffset>";
            case "list" -> "&mut alloc::vec::Vec<nu_protocol::value::Value>";
            case "record" -> "&nu_utils::shared_cow::SharedCow<nu_protocol::value::record::Record>";
            case "binary" -> "&nu_utils::shared_cow::SharedCow<alloc::vec::Vec<u8>>";
            case "range" -> "&alloc::boxed::Box<nu_protocol::value::range::Range>";
            case "cell-path" -> "&nu_protocol::ast::cell_path::CellPath";
            default -> "";
        };
    }
}
