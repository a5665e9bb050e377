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
/** {@code help commands}: a table describing every command (or the ones matching --find), sorted by name. */
public final class HelpCommandsCommand implements Command {
    private final Signature sig = Signature.build("help commands", Category.CORE)
            .description("Show help on nushell commands.")
            .rest("rest", SyntaxShape.STRING, "The name of command to get help on.")
            .named("find", SyntaxShape.STRING, "String to find in command names, descriptions, and search terms.", 'f')
            .io("nothing", "table");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("The columns of the command table", "help commands | columns",
                        strs("name", "category", "command_type", "description", "params", "input_output", "search_terms", "is_const")),
                Example.of("Look up one command", "help commands | where name == 'each while' | get category.0", s("filters")));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        if (!call.rest().isEmpty()) {
            StringBuilder name = new StringBuilder();
            for (int k = 0; k < call.rest().size(); k++) name.append(k > 0 ? " " : "").append(dev.nuebpf.format.ValueDisplay.toText(call.rest().get(k)));
            Command c = call.engine().lookup(name.toString());
            if (c == null) throw dev.nuebpf.command.ShellException.of("nu::parser::not_found", "Not found.", call.restSpans().get(0), "did not find anything under this name");
            return PipelineData.of(Value.of(HelpText.page(c, call.engine(), PrintCommand.width())));
        }
        return table(call, call.stringFlag("find"));
    }

    static PipelineData table(Call call, String find) {
        List<Command> cmds = new ArrayList<>(call.engine().commands());
        cmds.sort(java.util.Comparator.comparing(Command::name));
        List<Value> out = new ArrayList<>();
        String needle = find == null ? null : find.toLowerCase();
        for (Command c : cmds) {
            Signature s = c.signature();
            if (needle != null && !s.name().toLowerCase().contains(needle) && !s.description().toLowerCase().contains(needle)
                    && s.searchTerms().stream().noneMatch(t -> t.toLowerCase().contains(needle))) continue;
            out.add(row(s));
        }
        return Inputs.list(out);
    }

    private static Value row(Signature s) {
        List<Value> params = new ArrayList<>();
        for (Signature.Positional p : s.positionals())
            params.add(param(p.name(), HelpText.shapeName(p.shape()), !p.optional(), p.description()));
        if (s.rest() != null) params.add(param("..." + s.rest().name(), HelpText.shapeName(s.rest().shape()), false, s.rest().description()));
        params.add(param("--help(-h)", "switch", false, "Display the help message for this command"));
        for (Signature.Flag f : s.flags())
            params.add(param("--" + f.longName() + (f.shortName() != null ? "(-" + f.shortName() + ")" : ""),
                    f.shape() == null ? "switch" : HelpText.shapeName(f.shape()), false, f.description()));
        List<Value> io = new ArrayList<>();
        for (Signature.IoType t : s.ioTypes()) io.add(Record.of("input", Value.of(t.input()), "output", Value.of(t.output())));
        return Record.builder().put("name", Value.of(s.name())).put("category", Value.of(s.category().label()))
                .put("command_type", Value.of("built-in")).put("description", Value.of(s.description()))
                .put("params", new Value.ListV(params)).put("input_output", new Value.ListV(io))
                .put("search_terms", Value.of(String.join(", ", s.searchTerms()))).put("is_const", Value.of(false)).build();
    }

    private static Value param(String name, String type, boolean required, String desc) {
        return Record.builder().put("name", Value.of(name)).put("type", Value.of(type)).put("required", Value.of(required))
                .put("description", Value.of(desc)).build();
    }
}
