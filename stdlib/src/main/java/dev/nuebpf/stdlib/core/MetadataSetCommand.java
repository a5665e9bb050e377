package dev.nuebpf.stdlib.core;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/**
 * {@code metadata set}: attaches metadata (data source, content type) to the stream. Our pipeline data carries
 * no such metadata yet, so the input passes through unchanged; the signature lets scripts using it parse and run.
 */
public final class MetadataSetCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("metadata set", Category.CORE)
                .description("Set the metadata for items in the stream.")
                .optional("closure", SyntaxShape.CLOSURE, "A closure that receives the current metadata and returns a new metadata record.")
                .named("datasource-filepath", SyntaxShape.FILEPATH, "Assign the DataSource::FilePath metadata to the input", 'f')
                .named("path-columns", SyntaxShape.LIST, "Assign path columns metadata to the input", 'p')
                .named("content-type", SyntaxShape.ANY, "Assign content type metadata to the input", 'c')
                .named("table-width-priority-columns", SyntaxShape.LIST, "Assign table width priority columns metadata to the input", 'w')
                .io("any", "any");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("The values pass through unchanged", "[1 2] | metadata set --content-type text/plain",
                new Value.ListV(List.of(Value.of(1), Value.of(2)))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return input;
    }
}
