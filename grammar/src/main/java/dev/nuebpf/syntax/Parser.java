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
}
