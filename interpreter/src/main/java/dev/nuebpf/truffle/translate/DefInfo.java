package dev.nuebpf.truffle.translate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import dev.nuebpf.syntax.CommandShape;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.Param;
import dev.nuebpf.syntax.SyntaxShape;
import dev.nuebpf.syntax.TypeAnn;
import java.util.ArrayList;
import java.util.List;

/** A custom command: its AST, where it was defined, and its call target (translated on first call). */
public final class DefInfo {
    final Expr.Def def;
    final Scope definingScope;
    private final Translator translator;
    private RootCallTarget target;
    /** Outer variables the body (or a def it calls) uses; their values come from the caller. Computed once. */
    private List<VarInfo> captures;
    /** Parameter defaults, evaluated as constants where the def is declared (null where none). */
    dev.nuebpf.runtime.Value[] defaults;

    DefInfo(Expr.Def def, Scope definingScope, Translator translator) {
        this.def = def;
        this.definingScope = definingScope;
        this.translator = translator;
    }

    public Expr.Def ast() { return def; }

    public boolean hasOutputTypes() {
        if (def.signature() == null || def.signature().ioTypes().isEmpty()) return false;
        for (dev.nuebpf.syntax.CommandSig.IoType io : def.signature().ioTypes()) {
            if (io.output() == null || io.output().name().equals("any")) return false;
        }
        return true;
    }

    public boolean hasInputTypes() {
        return def.signature() != null && !def.signature().ioTypes().isEmpty();
    }

    /** The type name of an input this def does not accept, or null when some declared input type accepts it. */
    @TruffleBoundary
    public String unsupportedInput(dev.nuebpf.runtime.PipelineData in) {
        String name = null;
        for (dev.nuebpf.syntax.CommandSig.IoType io : def.signature().ioTypes()) {
            TypeAnn t = io.input();
            if (t == null || t.name().equals("any")) return null;
            if (in == dev.nuebpf.runtime.PipelineData.EMPTY) {
                if (dev.nuebpf.runtime.Types.matches(dev.nuebpf.runtime.Value.NOTHING, t)) return null;
                name = "nothing";
            } else if (in instanceof dev.nuebpf.runtime.PipelineData.Stream) {
                if (admits(t, "list", "table")) return null;
                name = "list<any>";
            } else if (in instanceof dev.nuebpf.runtime.PipelineData.ByteStream) {
                if (admits(t, "string", "binary")) return null;
                name = "string";
            } else {
                dev.nuebpf.runtime.Value v = in.collect();
                if (dev.nuebpf.runtime.Types.matches(v, t)) return null;
                name = dev.nuebpf.runtime.Types.of(v);
            }
        }
        return name;
    }

    /** Names of the outer (non-const) variables this def captures, decided at its first use. */
    synchronized List<VarInfo> captures() {
        if (captures == null) {
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            FreeVars.ofDef(this, names, new java.util.HashSet<>());
            List<VarInfo> out = new ArrayList<>();
            java.util.Set<String> params = new java.util.HashSet<>();
            for (Param p : params()) params.add(p.name().replace('-', '_'));
            for (String n : names) {
                if (n.equals("in") || n.equals("env") || n.equals("nu") || n.equals("it") || params.contains(n)) continue;
                VarInfo v = translator.visibleVar(n, definingScope);
                if (v != null && v.constValue == null && !out.contains(v.origin)) out.add(v.origin);
            }
            captures = out;
        }
        return captures;
    }

    public String name() { return def.name(); }

    public List<Param> params() { return def.signature() == null ? List.of() : def.signature().params(); }

    @TruffleBoundary
    public synchronized RootCallTarget callTarget() {
        if (target == null) target = translator.translateDef(this);
        return target;
    }

    /** The parser's view of this def, under the given (possibly module-prefixed) name. */
    public CommandShape shape(String asName) {
        List<CommandShape.PositionalShape> ps = new ArrayList<>();
        CommandShape.PositionalShape rest = null;
        List<CommandShape.FlagShape> fs = new ArrayList<>();
        for (Param p : params()) {
            switch (p.kind()) {
                case REQUIRED -> ps.add(new CommandShape.PositionalShape(p.name(), shapeOf(p.type()), false));
                case OPTIONAL -> ps.add(new CommandShape.PositionalShape(p.name(), shapeOf(p.type()), true));
                case REST -> rest = new CommandShape.PositionalShape(p.name(), shapeOf(p.type()), true);
                case FLAG -> fs.add(new CommandShape.FlagShape(p.name(), p.shortName(), p.type() == null ? SyntaxShape.ANY : shapeOf(p.type())));
                case SWITCH -> fs.add(new CommandShape.FlagShape(p.name(), p.shortName(), null));
            }
        }
        fs.add(new CommandShape.FlagShape("help", 'h', null));
        if (def.wrapped() && rest == null) rest = new CommandShape.PositionalShape("args", SyntaxShape.ANY, true);
        return new CommandShape(asName, ps, rest, fs);
    }

    private static boolean admits(TypeAnn t, String a, String b) {
        if (t.name().equals(a) || t.name().equals(b) || t.name().equals("any")) return true;
        if (t.name().equals("oneof")) for (TypeAnn p : t.params()) if (admits(p, a, b)) return true;
        return false;
    }

    static SyntaxShape shapeOf(TypeAnn t) {
        if (t == null) return SyntaxShape.ANY;
        return switch (t.name()) {
            case "int" -> SyntaxShape.INT;
            case "float" -> SyntaxShape.FLOAT;
            case "number" -> SyntaxShape.NUMBER;
            case "string" -> SyntaxShape.STRING;
            case "bool" -> SyntaxShape.BOOLEAN;
            case "duration" -> SyntaxShape.DURATION;
            case "filesize" -> SyntaxShape.FILESIZE;
            case "datetime" -> SyntaxShape.DATETIME;
            case "range" -> SyntaxShape.RANGE;
            case "list" -> SyntaxShape.LIST;
            case "record" -> SyntaxShape.RECORD;
            case "table" -> SyntaxShape.TABLE;
            case "closure" -> SyntaxShape.CLOSURE;
            case "cell-path", "cellpath" -> SyntaxShape.CELL_PATH;
            case "path" -> SyntaxShape.FILEPATH;
            case "directory" -> SyntaxShape.DIRECTORY;
            case "glob" -> SyntaxShape.GLOB;
            case "binary" -> SyntaxShape.BINARY;
            default -> SyntaxShape.ANY;
        };
    }
}
