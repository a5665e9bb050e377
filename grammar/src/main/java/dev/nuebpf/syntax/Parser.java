package dev.nuebpf.syntax;

import dev.nuebpf.diag.Source;

/**
 * The one entry point of the grammar module: source text in, AST and diagnostics out.
 * (Implementation: ANTLR lexer/parser + AstBuilder; no ANTLR type is visible outside this module.)
 */
public final class Parser {
    private Parser() {}

    public static ParseResult parse(Source source, CommandShapes shapes) {
        return dev.nuebpf.syntax.parse.ParserImpl.parse(source, shapes);
    }

    /**
     * True when the text cannot be complete yet: a bracket or quote is still open, or the last line ends
     * with {@code |}. The REPL uses it to read another line instead of reporting an error.
     */
    public static boolean needsMoreInput(String text) {
        return dev.nuebpf.syntax.parse.ParserImpl.needsMoreInput(new Source("input", text));
    }

    /**
     * Parses a file as a module ({@code use file.nu}, {@code nu-check --as-module}): besides syntax errors,
     * top-level code other than def, const, extern, alias, use, module, export and export-env is an error
     * ({@code nu::parser::expected_keyword}), as in Nushell.
     */
    public static ParseResult parseModule(Source source, CommandShapes shapes) {
        ParseResult r = parse(source, shapes);
        java.util.List<dev.nuebpf.diag.Diagnostic> errors = new java.util.ArrayList<>(r.errors());
        String module = moduleName(source.name());
        for (Pipeline p : r.block().pipelines()) {
            if (p.elements().size() == 1 && p.elements().get(0).expr() instanceof Expr.Def d && d.exported() && d.name().equals(module)) {
                errors.add(dev.nuebpf.diag.Diagnostic.builder("nu::parser::named_as_module", "Can't export command named same as the module.")
                        .label(d.nameSpan(), "can't export from module " + module)
                        .help("Module " + module + " can't export command named the same as the module.\n"
                                + "Either change the module name, or export `main` command.").build());
            }
            for (Pipeline.Element e : p.elements()) {
                if (p.elements().size() == 1 && allowedInModule(e.expr())) continue;
                errors.add(dev.nuebpf.diag.Diagnostic.builder("nu::parser::expected_keyword", "Expected keyword.")
                        .label(e.expr().span(), "expected def, const, extern, alias, use, module, export or export-env keyword").build());
                break;
            }
        }
        return new ParseResult(r.block(), errors);
    }

    /** The module name of a file as nu-check sees it: the file stem. */
    static String moduleName(String path) {
        String p = path.replace('\\', '/');
        String file = p.substring(p.lastIndexOf('/') + 1);
        return file.endsWith(".nu") ? file.substring(0, file.length() - 3) : file;
    }

    private static boolean allowedInModule(Expr e) {
        return switch (e) {
            case Expr.Def d -> true;
            case Expr.Let l -> l.kind() == Expr.LetKind.CONST;
            case Expr.Alias a -> true;
            case Expr.Use u -> true;
            case Expr.Module m -> true;
            case Expr.Ignored i -> i.keyword().equals("extern") || i.keyword().equals("attribute");
            case Expr.Call c -> c.name().equals("export-env");
            case Expr.Garbage g -> true; // already reported
            default -> false;
        };
    }
}
