package dev.nuebpf.ebpf.compile;

import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.Signature;
import dev.nuebpf.command.Category;
import dev.nuebpf.diag.Source;
import dev.nuebpf.ebpf.helpers.HelperRegistry;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.CommandShape;
import dev.nuebpf.syntax.CommandShapes;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.ParseResult;
import dev.nuebpf.syntax.Parser;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Parses probe closures for tests with the helpers' real signatures (plus a few ordinary commands to reject). */
public final class TestProbes {
    private TestProbes() {}

    static final Map<String, CommandShape> SHAPES = new HashMap<>();

    static {
        for (Command c : HelperRegistry.all()) SHAPES.put(c.name(), c.signature().toShape());
        for (Signature s : List.of(
                Signature.build("str upcase", Category.STRINGS),
                Signature.build("print", Category.CORE).rest("rest", SyntaxShape.ANY, ""),
                Signature.build("each", Category.FILTERS).required("closure", SyntaxShape.CLOSURE, ""),
                Signature.build("sleep", Category.CORE).required("d", SyntaxShape.DURATION, ""),
                Signature.build("ignore", Category.CORE)))
            SHAPES.put(s.name(), s.toShape());
    }

    public static final CommandShapes COMMANDS = new CommandShapes() {
        public CommandShape lookup(String name) { return SHAPES.get(name); }
        public boolean isPrefix(String prefix) {
            for (String n : SHAPES.keySet()) if (n.startsWith(prefix + " ")) return true;
            return false;
        }
    };

    public static Value.ClosureV closure(String src) { return closure(src, Map.of()); }

    /** Captured variables are declared with {@code let} before the closure so the parser knows them. */
    public static Value.ClosureV closure(String src, Map<String, Value> captures) {
        StringBuilder pre = new StringBuilder();
        for (var c : new java.util.TreeMap<>(captures).entrySet()) {
            String lit = c.getValue() instanceof Value.Str str ? "'" + str.value() + "'" : c.getValue() instanceof Value.Int i ? Long.toString(i.value())
                    : Boolean.toString(((Value.Bool) c.getValue()).value());
            pre.append("let ").append(c.getKey()).append(" = ").append(lit).append('\n');
        }
        Source s = new Source("probe.nu", pre + src);
        ParseResult r = Parser.parse(s, COMMANDS);
        assertTrue(r.ok(), () -> "parse errors in " + src + ": " + r.errors());
        var ps = r.block().pipelines();
        Expr e = ps.get(ps.size() - 1).elements().get(0).expr();
        if (e instanceof Expr.Closure c) return new Value.ClosureV(null, c, captures);
        if (e instanceof Expr.BlockExpr b) return new Value.ClosureV(null, new Expr.Closure(List.of(), b.block(), b.span()), captures);
        throw new AssertionError("not a closure: " + e);
    }

    /** A diagnostic as one line: code, message, each label with the text it points at, help. */
    public static String render(dev.nuebpf.diag.Diagnostic d) {
        StringBuilder sb = new StringBuilder(d.code()).append(": ").append(d.message());
        for (var l : d.labels()) sb.append(" [").append(l.text()).append(" @ `").append(l.span().text()).append("`]");
        if (d.help() != null) sb.append(" help: ").append(d.help());
        return sb.toString();
    }
}
