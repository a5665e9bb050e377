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
/** {@code help}: the help page of a command, or search results with --find. */
public final class HelpCommand implements Command {
    private final Signature sig = Signature.build("help", Category.CORE)
            .description("Display help information about different parts of Nushell.")
            .rest("rest", SyntaxShape.STRING, "The name of command, alias or module to get help on.")
            .named("find", SyntaxShape.STRING, "String to find in command names, descriptions, and search terms.", 'f')
            .io("nothing", "any")
            .searchTerms("documentation", "manual");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.parseOnly("Show the help of a command", "help first"),
                Example.of("The help page starts with the description", "help echo | lines | first", s("Returns its arguments, ignoring the piped-in value.")),
                Example.parseOnly("Find commands about sorting", "help --find sort"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String find = call.stringFlag("find");
        if (find != null) return HelpCommandsCommand.table(call, find);
        if (call.rest().isEmpty()) return PipelineData.of(Value.of(general()));
        StringBuilder name = new StringBuilder();
        for (int k = 0; k < call.rest().size(); k++) name.append(k > 0 ? " " : "").append(dev.nuebpf.format.ValueDisplay.toText(call.rest().get(k)));
        if (name.toString().equals("commands")) return HelpCommandsCommand.table(call, null);
        Command c = call.engine().lookup(name.toString());
        if (c == null) {
            Span sp = call.restSpans().get(0).merge(call.restSpans().get(call.restSpans().size() - 1));
            throw dev.nuebpf.command.ShellException.of("nu::parser::not_found", "Not found.", sp, "did not find anything under this name");
        }
        return PipelineData.of(Value.of(HelpText.page(c, call.engine(), PrintCommand.width())));
    }

    private static String general() {
        return """
                Welcome to Nushell.

                Here are some tips to help you get started.
                  * help -h or help help - show available help commands
                  * help commands - list all available commands
                  * help <name> - display help about a particular command
                  * help --find <text to search> - search through all help commands table

                Nushell works on the idea of a "pipeline". Pipelines are commands connected with the '|' character.
                Each stage in the pipeline works together to load, parse, and display information to you.

                [Examples]

                List the files in the current directory, sorted by size:
                    ls | sort-by size

                Get the current system host name:
                    sys host | get hostname

                Get the processes on your system actively using CPU:
                    ps | where cpu > 0

                You can also learn more at https://www.nushell.sh/book/""";
    }
}
