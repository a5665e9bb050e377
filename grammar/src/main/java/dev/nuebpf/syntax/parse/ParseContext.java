package dev.nuebpf.syntax.parse;

import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Source;
import dev.nuebpf.diag.Span;
import dev.nuebpf.syntax.CommandShape;
import dev.nuebpf.syntax.CommandShapes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** State shared by the builders of one parse: the source, diagnostics, known commands and variable scopes. */
final class ParseContext {
    final Source src;
    final String text;
    final List<Diagnostic> diags = new ArrayList<>();
    final CommandShapes shapes;
    /** Commands defined in the parsed source (pre-scanned, so calls before the def know its signature). */
    final Map<String, CommandShape> defs = new HashMap<>();
    final Set<String> defPrefixes = new HashSet<>();
    /** Defs declared --wrapped: unknown flags are passed on as strings. */
    final Set<String> wrapped = new HashSet<>();
    /** Aliases defined in the parsed source: calls of them are read generically (never external). */
    final Set<String> aliases = new HashSet<>();
    /** Externs declared in the source: calls of them are external even when a built-in has the name. */
    final Set<String> externs = new HashSet<>();
    /** Signatures of those externs: calls are checked against them (known flags, required positionals) but stay external. */
    final Map<String, CommandShape> externShapes = new HashMap<>();
    final Scopes scopes;
    /** Inside an alias target, arguments may be missing (they come at the alias call). */
    boolean inAlias;

    final AstBuilder blocks;
    final ExprParser exprs;
    final StringParser strings;
    final PathParser paths;
    final CollectionParser collections;
    final SigParser sigs;
    final PatternParser patterns;

    ParseContext(Source src, CommandShapes shapes) {
        this.src = src;
        this.text = src.text();
        this.shapes = shapes == null ? CommandShapes.NONE : shapes;
        this.scopes = new Scopes(this.shapes::variable);
        this.blocks = new AstBuilder(this);
        this.exprs = new ExprParser(this);
        this.strings = new StringParser(this);
        this.paths = new PathParser(this);
        this.collections = new CollectionParser(this);
        this.sigs = new SigParser(this);
        this.patterns = new PatternParser(this);
    }

    /** A span clamped to the text (labels such as "expected value here" may point just past the end). */
    Span span(int start, int end) {
        int n = text.length();
        int s = Math.max(0, Math.min(start, n));
        return Span.of(src, s, Math.max(s, Math.min(end, n)));
    }

    Span span(Tok t) { return span(t.start(), t.end()); }

    Span span(Word w) { return span(w.start(), w.end()); }

    String text(Tok t) { return text.substring(t.start(), t.end()); }

    String text(Word w) { return text.substring(w.start(), w.end()); }

    String text(int start, int end) { return text.substring(start, end); }

    void error(String code, String message, Span span, String label) {
        diags.add(Diagnostic.builder(code, message).label(span, label).build());
    }

    void error(String code, String message, Span span, String label, String help) {
        diags.add(Diagnostic.builder(code, message).label(span, label).help(help).build());
    }

    /** The shape of a command by its full name: defs in this source first, then the host's commands. */
    CommandShape lookup(String name) {
        CommandShape s = defs.get(name);
        if (s == null) s = shapes.lookup(name);
        return s != null ? s : CoreShapes.fallback(name);
    }

    boolean isPrefix(String prefix) { return defPrefixes.contains(prefix) || shapes.isPrefix(prefix); }

    void addDef(String name, CommandShape shape, boolean isWrapped) {
        defs.put(name, shape);
        if (isWrapped) wrapped.add(name);
        String[] words = name.split(" ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            if (i > 0) sb.append(' ');
            sb.append(words[i]);
            defPrefixes.add(sb.toString());
        }
    }
}
