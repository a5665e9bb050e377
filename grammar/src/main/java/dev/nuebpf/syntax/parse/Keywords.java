package dev.nuebpf.syntax.parse;

import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.Param;
import java.util.List;

/** Dispatch of Nushell's keyword statements (let/mut/const, def, if, match, loops, try, alias, module, use, source...). */
final class Keywords extends StatementSupport {
    /** Words the parser handles itself; defs and externs may not take these names. */
    static final java.util.Set<String> PARSER_KEYWORDS = java.util.Set.of("def", "alias", "let", "mut", "const", "module", "use", "export",
            "extern", "source", "source-env", "hide", "hide-env", "overlay", "export-env", "for", "if", "match", "while", "loop", "try");

    final Bindings bindings;
    final Definitions definitions;
    final ControlFlow control;

    Keywords(ParseContext c) {
        super(c);
        this.bindings = new Bindings(c);
        this.definitions = new Definitions(c);
        this.control = new ControlFlow(c);
    }

    /** A keyword statement starting the element, or null when the first word is no keyword. */
    Expr statement(String kw, List<Word> ws) {
        switch (kw) {
            case "let", "mut", "const": return bindings.pipelineStatement(ws, List.of());
            case "def": return definitions.def(ws, 0, false);
            case "export": return definitions.export(ws);
            case "export-env": return definitions.exportEnv(ws);
            case "if": return control.ifExpr(ws, 0);
            case "match": return control.match(ws);
            case "for": return control.forExpr(ws);
            case "while": return control.whileExpr(ws);
            case "loop": return control.loop(ws);
            case "break": return new Expr.Break(c.span(ws.get(0)));
            case "continue": return new Expr.Continue(c.span(ws.get(0)));
            case "return": return control.ret(ws);
            case "try": return control.tryExpr(ws);
            case "alias": return definitions.alias(ws, 0, false);
            case "module": return definitions.module(ws, 0, false);
            case "use": return definitions.use(ws, 0, false);
            case "source", "source-env": return definitions.source(ws);
            case "extern": return definitions.extern(ws, 0);
            case "overlay", "hide", "hide-env": return ignored(kw, ws);
            default: break;
        }
        if (kw.startsWith("@") && kw.length() > 1) return ignored("attribute", ws);
        return null;
    }

    /** Flags are variables with '-' turned into '_' ({@code --dry-run} is {@code $dry_run}). */
    void declareParam(Param p) {
        c.scopes.declare(p.name());
        c.scopes.declare(p.name().replace('-', '_'));
    }

}
