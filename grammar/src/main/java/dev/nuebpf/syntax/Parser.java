package dev.nuebpf.syntax;

import dev.nuebpf.diag.Source;
import java.util.List;

/**
 * The one entry point of the grammar module: source text in, AST and diagnostics out.
 * (Implementation: ANTLR lexer/parser + AstBuilder; no ANTLR type is visible outside this module.)
 */
public final class Parser {
    private Parser() {}

    public static ParseResult parse(Source source, CommandShapes shapes) {
        // placeholder until the ANTLR-based implementation lands
        return new ParseResult(new Block(List.of(), dev.nuebpf.diag.Span.of(source, 0, source.text().length())), List.of());
    }
}
