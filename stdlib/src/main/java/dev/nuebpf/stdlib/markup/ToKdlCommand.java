package dev.nuebpf.stdlib.markup;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/**
 * {@code to kdl}: JSON-in-KDL by default; node rows (as {@code from kdl} makes them) are written back as
 * the document they describe.
 */
public final class ToKdlCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("to kdl", Category.FORMATS)
                .description("Converts structured data into KDL text.")
                .searchTerms("convert", "export", "config")
                .named("spec", SyntaxShape.INT, "KDL language version (1 or 2 (default)).", null)
                .named("format", SyntaxShape.STRING, "Data model: 'jik' (default) for JSON-in-KDL, or 'nodes' for KDL AST rows.", null)
                .switchFlag("serialize", "Serialize nushell types that cannot be deserialized (shorthand for --non-roundtrip lossy).", 's')
                .named("non-roundtrip", SyntaxShape.STRING, "How to handle values that are non-roundtrippable ('error' (default), 'null', or 'lossy').", null)
                .io("any", "string");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Convert a record to JSON-in-KDL (default KDL v2 keywords).", "{a: 1, b: true} | to kdl", Value.of("- a=1 b=#true\n")),
                Example.of("Emit KDL v1 keywords with --spec 1 (bare true/false/null).", "{a: 1, b: true} | to kdl --spec 1", Value.of("- a=1 b=true\n")),
                Example.of("Convert a list to JSON-in-KDL.", "[1 2 3] | to kdl", Value.of("- 1 2 3\n")),
                Example.of("Round-trip KDL through node rows (default v2).", "'node one; node two' | from kdl | to kdl", Value.of("node one\nnode two\n")),
                Example.of("Emit Nushell filesize and duration with type annotations.", "{size: 1kib, wait: 5sec} | to kdl",
                        Value.of("- size=(filesize)1024 wait=(duration)5000000000\n")),
                Example.of("Emit binary data as base64 with a (binary) annotation.", "0x[01 02 03] | to kdl", Value.of("- (binary)AQID\n")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value v = input.collect();
        Long spec = call.intFlag("spec");
        String format = call.stringFlag("format");
        String nonRoundtrip = call.stringFlag("non-roundtrip");
        boolean lossy = call.has("serialize") || "lossy".equals(nonRoundtrip);
        KdlWriter w = new KdlWriter(spec != null && spec == 1 ? 1 : 2, lossy, call.inputSpan() != null ? call.inputSpan() : call.head());
        if ("nodes".equals(format) || (format == null && KdlWriter.isNodeTable(v))) {
            if (!(v instanceof Value.ListV l)) throw Errors.typeMismatch("table of KDL nodes", v, call.head());
            w.nodes(l, "");
        } else {
            w.jik("-", v, "");
        }
        return PipelineData.of(Value.of(w.text()));
    }
}
