package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code from tsv}: the first line names the columns (unless --noheaders); ints and floats are inferred. */
public final class FromTsvCommand implements Command {
    @Override public Signature signature() {
        Signature s = Signature.build("from tsv", Category.FORMATS)
                .description("Parse text as .tsv and create table.");
        return DelimitedArgs.readFlags(s);
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Convert tab-separated data to a table", "\"ColA\\tColB\\n1\\t2\" | from tsv",
                        new Value.ListV(List.of(Record.of("ColA", Value.of(1L), "ColB", Value.of(2L))))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        char sep = '\t';
        String text = Inputs.text(call, input, "from tsv");
        return PipelineData.of(Csv.read(text, DelimitedArgs.readOptions(call, sep), call.head()));
    }
}
