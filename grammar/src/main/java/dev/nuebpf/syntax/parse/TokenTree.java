package dev.nuebpf.syntax.parse;

import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Source;
import dev.nuebpf.diag.Span;
import dev.nuebpf.syntax.antlr.NuLexer;
import dev.nuebpf.syntax.antlr.NuParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ANTLRInputStream;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Runs the ANTLR lexer and bracket parser over a range of a source and returns the items as {@link Tok}s.
 * Delimiter errors (unclosed or unbalanced brackets and quotes) become diagnostics like Nushell's.
 */
final class TokenTree {
    private TokenTree() {}

    static List<Tok> lex(Source source, int from, int to, List<Diagnostic> diags) {
        String text = source.text().substring(from, to);
        // ANTLRInputStream indexes UTF-16 code units, exactly like Java string offsets (CharStreams counts code points).
        @SuppressWarnings("deprecation")
        ANTLRInputStream input = new ANTLRInputStream(text.toCharArray(), text.length());
        NuLexer lexer = new CommentLexer(input, text);
        lexer.removeErrorListeners();
        NuParser parser = new NuParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> r, Object offending, int line, int col, String msg, RecognitionException e) {
                if (!(offending instanceof Token t) || t.getStartIndex() < 0) return;
                int type = t.getType();
                String closer = type == NuLexer.RPAREN ? ")" : type == NuLexer.RBRACK ? "]" : type == NuLexer.RBRACE ? "}" : null;
                if (closer == null || msg.startsWith("missing")) return; // unclosed groups are reported from the tree
                String opener = closer.equals(")") ? "(" : closer.equals("]") ? "[" : "{";
                Span span = Span.of(source, from + t.getStartIndex(), from + t.getStopIndex() + 1);
                diags.add(Diagnostic.builder("nu::parser::unbalanced_delimiter", "Unbalanced delimiter.")
                        .label(span, "unexpected `" + closer + "` (unbalanced with `" + opener + "`)")
                        .help("Remove this `" + closer + "` if it is extra, or add a matching `" + opener
                                + "` earlier. If you closed a block too early, the real mistake may be above.")
                        .build());
            }
        });
        NuParser.SourceContext tree = parser.source();
        List<Tok> out = new ArrayList<>();
        for (NuParser.ItemContext item : tree.item()) convert(item.getChild(0), from, to, source, diags, out);
        return out;
    }

    /** The ANTLR lexer, except that '#' starts a comment only where nu lets it: after whitespace, ';' or '|'. */
    private static final class CommentLexer extends NuLexer {
        private final String text;

        CommentLexer(org.antlr.v4.runtime.CharStream in, String text) {
            super(in);
            this.text = text;
        }

        @Override
        public Token nextToken() {
            Token t = super.nextToken();
            if (t.getType() == COMMENT) {
                int s = t.getStartIndex();
                char prev = s > 0 ? text.charAt(s - 1) : ' ';
                if (!(Character.isWhitespace(prev) || prev == ';' || prev == '|')) {
                    _input.seek(s + 1);
                    _hitEOF = false; // the comment had run to the end of the input
                    return _factory.create(_tokenFactorySourcePair, BARE, "#", DEFAULT_TOKEN_CHANNEL, s, s, t.getLine(), t.getCharPositionInLine());
                }
            }
            return t;
        }
    }

    private static void convert(ParseTree node, int off, int to, Source src, List<Diagnostic> diags, List<Tok> out) {
        if (node instanceof TerminalNode term || node instanceof NuParser.LeafContext) {
            Token t = node instanceof TerminalNode tn ? tn.getSymbol() : ((TerminalNode) node.getChild(0)).getSymbol();
            if (t.getTokenIndex() < 0 || t.getType() == Token.EOF) return;
            // a stray ']' outside brackets is text
            Tok.Kind kind = t.getType() == NuLexer.RBRACK ? Tok.Kind.BARE : kindOf(t.getType());
            Tok tok = Tok.leaf(kind, off + t.getStartIndex(), off + t.getStopIndex() + 1);
            Tok prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (kind == Tok.Kind.BARE && prev != null && prev.is(Tok.Kind.BARE) && prev.end() == tok.start()) {
                out.set(out.size() - 1, Tok.leaf(Tok.Kind.BARE, prev.start(), tok.end())); // `m]ath`, `a#b`: one run of text
                return;
            }
            out.add(tok);
            unclosedQuote(tok, to, src, diags);
            if (tok.is(Tok.Kind.BARE) && src.text().startsWith("r#", tok.start())) {
                int at = tok.start() + 2;
                while (at < tok.end() && src.text().charAt(at) == '#') at++;
                diags.add(Diagnostic.builder("nu::parser::parse_mismatch", "Parse mismatch: expected '.")
                        .label(Span.of(src, at, Math.min(at + 1, src.text().length())), "expected '").build());
            }
            return;
        }
        Tok.Kind kind;
        List<? extends org.antlr.v4.runtime.ParserRuleContext> items;
        TerminalNode open;
        TerminalNode close;
        String closer;
        if (node instanceof NuParser.ParenContext g) {
            kind = Tok.Kind.PAREN; items = g.item(); open = g.LPAREN(); close = g.RPAREN(); closer = ")";
        } else if (node instanceof NuParser.BracketContext g) {
            kind = Tok.Kind.BRACK; items = g.bitem(); open = g.LBRACK(); close = g.RBRACK(); closer = "]";
        } else if (node instanceof NuParser.BraceContext g) {
            kind = Tok.Kind.BRACE; items = g.item(); open = g.LBRACE(); close = g.RBRACE(); closer = "}";
        } else {
            return;
        }
        List<Tok> children = new ArrayList<>();
        for (org.antlr.v4.runtime.ParserRuleContext c : items) convert(c.getChild(0), off, to, src, diags, children);
        int start = off + open.getSymbol().getStartIndex();
        boolean closed = close != null && close.getSymbol().getTokenIndex() >= 0 && close.getSymbol().getStartIndex() >= 0;
        int end;
        if (closed) {
            end = off + close.getSymbol().getStopIndex() + 1;
        } else {
            end = children.isEmpty() ? start + 1 : children.get(children.size() - 1).end();
            // nu points "expected here" at the last character of the input
            diags.add(unclosed(src, start, Math.max(start, to - 1), closer));
        }
        out.add(new Tok(kind, start, end, children, closed));
    }

    static Diagnostic unclosed(Source src, int openAt, int lastChar, String closer) {
        return Diagnostic.builder("nu::parser::unclosed_delimiter", "Unclosed delimiter.")
                .label(Span.of(src, lastChar, lastChar + 1), "expected `" + closer + "` here")
                .label(Span.of(src, openAt, openAt + 1), "unclosed — opens here (need `" + closer + "`)")
                .help("Add a matching `" + closer + "` to close this delimiter, or check that an earlier closer closed the wrong block.")
                .build();
    }

    private static void unclosedQuote(Tok tok, int to, Source src, List<Diagnostic> diags) {
        String closer = switch (tok.kind()) {
            case DQ_OPEN, IDQ_OPEN -> "\"";
            case SQ_OPEN, ISQ_OPEN -> "'";
            case BT_OPEN -> "`";
            default -> null;
        };
        if (closer == null) return;
        int openAt = tok.kind() == Tok.Kind.IDQ_OPEN || tok.kind() == Tok.Kind.ISQ_OPEN ? tok.start() + 1 : tok.start();
        diags.add(unclosed(src, openAt, Math.max(openAt, to - 1), closer));
    }

    private static Tok.Kind kindOf(int type) {
        return switch (type) {
            case NuLexer.NL -> Tok.Kind.NL;
            case NuLexer.SEMI -> Tok.Kind.SEMI;
            case NuLexer.PIPE -> Tok.Kind.PIPE;
            case NuLexer.COMMA -> Tok.Kind.COMMA;
            case NuLexer.COLON -> Tok.Kind.COLON;
            case NuLexer.REDIR -> Tok.Kind.REDIR;
            case NuLexer.BARE -> Tok.Kind.BARE;
            case NuLexer.DQ -> Tok.Kind.DQ;
            case NuLexer.SQ -> Tok.Kind.SQ;
            case NuLexer.BT -> Tok.Kind.BT;
            case NuLexer.RAW -> Tok.Kind.RAW;
            case NuLexer.IDQ -> Tok.Kind.IDQ;
            case NuLexer.ISQ -> Tok.Kind.ISQ;
            case NuLexer.DQ_OPEN -> Tok.Kind.DQ_OPEN;
            case NuLexer.SQ_OPEN -> Tok.Kind.SQ_OPEN;
            case NuLexer.BT_OPEN -> Tok.Kind.BT_OPEN;
            case NuLexer.IDQ_OPEN -> Tok.Kind.IDQ_OPEN;
            case NuLexer.ISQ_OPEN -> Tok.Kind.ISQ_OPEN;
            default -> Tok.Kind.OTHER;
        };
    }
}
