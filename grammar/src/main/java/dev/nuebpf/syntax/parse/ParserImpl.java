package dev.nuebpf.syntax.parse;

import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Source;
import dev.nuebpf.diag.Span;
import dev.nuebpf.syntax.Block;
import dev.nuebpf.syntax.CommandShapes;
import dev.nuebpf.syntax.ParseResult;
import java.util.List;

/** Runs one parse: lex and bracket-match, pre-declare defs, build the AST; never throws on user input. */
public final class ParserImpl {
    private ParserImpl() {}

    public static boolean needsMoreInput(Source source) {
        List<Diagnostic> diags = new java.util.ArrayList<>();
        List<Tok> toks;
        try {
            toks = TokenTree.lex(source, 0, source.text().length(), diags);
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
        for (Diagnostic d : diags) if (d.code().equals("nu::parser::unclosed_delimiter")) return true;
        for (int i = toks.size() - 1; i >= 0; i--) {
            Tok t = toks.get(i);
            if (t.is(Tok.Kind.NL)) continue;
            return t.is(Tok.Kind.PIPE);
        }
        return false;
    }

    public static ParseResult parse(Source source, CommandShapes shapes) {
        ParseContext c = new ParseContext(source, shapes);
        Span whole = Span.of(source, 0, source.text().length());
        try {
            List<Tok> toks = TokenTree.lex(source, 0, source.text().length(), c.diags);
            new DefScanner(c).scan(toks, null);
            Block b = c.blocks.block(toks, true, whole);
            return new ParseResult(b, List.copyOf(c.diags));
        } catch (StackOverflowError e) {
            c.diags.add(Diagnostic.builder("nu::parser::nesting_too_deep", "Expression nested too deeply.")
                    .label(Span.of(source, 0, Math.min(1, source.text().length())), "nesting starts here")
                    .help("Split the expression into smaller parts with variables.").build());
            return new ParseResult(new Block(List.of(), whole), List.copyOf(c.diags));
        } catch (RuntimeException e) {
            // a bug in the parser must still surface as a diagnostic, never as a stack trace
            if (System.getenv("NU_EBPF_DEBUG") != null) e.printStackTrace();
            c.diags.add(Diagnostic.builder("nu::parser::internal_error", "Internal parser error: " + e)
                    .label(whole, "while parsing this").build());
            return new ParseResult(new Block(List.of(), whole), List.copyOf(c.diags));
        }
    }
}
