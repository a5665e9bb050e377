package dev.nuebpf.stdlib.markup;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.markup.KdlDocument.Node;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

import static dev.nuebpf.stdlib.common.V.*;

/** {@code from kdl}: KDL text as node rows, or (with {@code --format jik}) as the JSON-in-KDL value it spells. */
public final class FromKdlCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("from kdl", Category.FORMATS)
                .description("Convert KDL text into structured data.")
                .searchTerms("convert", "import", "config")
                .named("spec", SyntaxShape.INT, "KDL language version (1 or 2 (default)).", null)
                .named("format", SyntaxShape.STRING, "Data model: 'nodes' (default) for KDL AST rows, or 'jik' for JSON-in-KDL values.", null)
                .switchFlag("ignore-types", "Ignore type annotations (return base KDL types only).", null)
                .io("string", "any");
    }

    private static final List<String> NODE_COLS = List.of("name", "args", "props", "children");

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Parse JSON-in-KDL (v2 keywords use #true / #null).", "'- a=1 b=#true' | from kdl --format jik",
                        rec("a", i(1), "b", b(true))),
                Example.of("Parse KDL v1 keyword arguments with --spec 1 (bare true/false/null).", "\"node true false null\" | from kdl --spec 1",
                        table(NODE_COLS, row(s("node"), list(b(true), b(false), nothing()), rec(), list()))),
                Example.of("Duplicate sibling node names are preserved in-order.", "\"node one; node two\" | from kdl",
                        table(NODE_COLS, row(s("node"), list(s("one")), rec(), list()), row(s("node"), list(s("two")), rec(), list()))),
                Example.of("JiK: multiple '-' children are a list, not an object with duplicate keys.", "'- { - a=1; - a=2 }' | from kdl --format jik",
                        list(rec("a", i(1)), rec("a", i(2)))),
                Example.of("JiK: object with key '-' must use the (object) annotation.", "'(object)- { - 1 }' | from kdl --format jik",
                        rec("-", i(1))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value in = input.collect();
        if (!(in instanceof Value.Str str))
            throw Errors.unsupportedInput(call.commandName(), "string", in, call.head(), call.inputSpan());
        Long spec = call.intFlag("spec");
        String format = call.stringFlag("format");
        var span = call.inputSpan() != null ? call.inputSpan() : call.head();
        List<Node> nodes;
        try {
            nodes = KdlParser.parse(str.value(), spec != null && spec == 1 ? 1 : 2);
        } catch (KdlParser.KdlError e) {
            throw Errors.generic("Error while parsing KDL text", span, "error parsing KDL text");
        }
        KdlValues conv = new KdlValues(call.has("ignore-types"));
        if (format == null || format.equals("nodes")) return PipelineData.of(conv.rows(nodes));
        if (!format.equals("jik"))
            throw Errors.incorrectValue("unknown format '" + format + "' (expected 'nodes' or 'jik')", call.flagSpan("format"));
        if (nodes.isEmpty()) return PipelineData.of(Value.NOTHING);
        if (nodes.size() > 1)
            throw ShellException.of("nu::shell::cant_convert", "Can't convert to JiK value.", span,
                    "can't convert multi-node KDL document to JiK value",
                    "JiK expects a single top-level node (use --format nodes for full documents)");
        return PipelineData.of(conv.jik(nodes.get(0)));
    }
}
