package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code to csv}: a header row and one line per row; cells quoted only when needed. */
public final class ToCsvCommand implements Command {
    @Override public Signature signature() {
        Signature s = Signature.build("to csv", Category.FORMATS)
                .description("Convert table into .csv text.");
        s.named("separator", SyntaxShape.STRING, "A character to separate columns, defaults to ','.", 's');
        return s.switchFlag("noheaders", "Do not output the columns names as the first row.", 'n')
                .named("columns", SyntaxShape.LIST, "The names (in order) of the columns to use.", null)
                .io("record", "string").io("table", "string");
    }

    @Override public List<Example> examples() {
        char sep = ',';
        return List.of(
                Example.of("Outputs a Csv string representing the contents of this table", "[[foo bar]; [1 2]] | to csv",
                        Value.of("foo" + sep + "bar\n1" + sep + "2\n")),
                Example.of("Outputs a Csv string representing the contents of this record", "{a: 1 b: 2} | to csv",
                        Value.of("a" + sep + "b\n1" + sep + "2\n")),
                Example.of("Outputs a Csv stream with column names pre-determined", "[[foo bar baz]; [1 2 3]] | to csv --columns [baz foo]",
                        Value.of("baz" + sep + "foo\n3" + sep + "1\n")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        char sep = DelimitedArgs.charFlag(call, "separator", ',');
        return PipelineData.of(Value.of(Csv.write(input.collect(), sep, call.has("noheaders"), DelimitedArgs.columns(call),
                input instanceof PipelineData.Stream, call.head())));
    }
}
