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

/** {@code from csv}: the first line names the columns (unless --noheaders); ints and floats are inferred. */
public final class FromCsvCommand implements Command {
    @Override public Signature signature() {
        Signature s = Signature.build("from csv", Category.FORMATS)
                .description("Parse text as .csv and create table.");
        s.named("separator", SyntaxShape.STRING, "A character to separate columns (either single char or 4 byte unicode sequence), defaults to ','.", 's');
        return DelimitedArgs.readFlags(s);
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Convert comma-separated data to a table", "\"ColA,ColB\\n1,2\" | from csv",
                        new Value.ListV(List.of(Record.of("ColA", Value.of(1L), "ColB", Value.of(2L))))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        char sep = DelimitedArgs.charFlag(call, "separator", ',');
        String text = Inputs.text(call, input, "from csv");
        return PipelineData.of(Csv.read(text, DelimitedArgs.readOptions(call, sep), call.head()));
    }
}
