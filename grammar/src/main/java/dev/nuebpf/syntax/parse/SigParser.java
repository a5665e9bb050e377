package dev.nuebpf.syntax.parse;

import dev.nuebpf.syntax.CommandShape;
import dev.nuebpf.syntax.CommandSig;
import dev.nuebpf.syntax.Expr;
import dev.nuebpf.syntax.Param;
import dev.nuebpf.syntax.SyntaxShape;
import dev.nuebpf.syntax.TypeAnn;
import java.util.ArrayList;
import java.util.List;

/**
 * Signatures of defs and closures ({@code [a: int, b?, --flag (-f): string, ...rest]: int -> string}) and
 * type annotations. Parameters are read token by token; types character by character, because
 * {@code record<a: int, b: list<string>>} spans several tokens of the first layer.
 */
final class SigParser {
    private final ParseContext c;

    SigParser(ParseContext c) { this.c = c; }

    /** The parameters between {@code [ ]} of a def or {@code | |} of a closure. */
    List<Param> params(List<Tok> toks, boolean def) {
        List<Param> out = new ArrayList<>();
        int n = toks.size();
        int i = 0;
        int limit = n == 0 ? 0 : toks.get(n - 1).end();
        while (i < n) {
            Tok t = toks.get(i);
            if (t.is(Tok.Kind.NL) || t.is(Tok.Kind.COMMA)) {
                i++;
                continue;
            }
            if (!t.is(Tok.Kind.BARE)) {
                c.error("nu::parser::parse_mismatch", "Parse mismatch: expected parameter.", c.span(t), "expected a parameter name");
                i++;
                continue;
            }
            String s = c.text(t);
            int pStart = t.start();
            int pEnd = t.end();
            Param.Kind kind;
            String name;
            Character shortName = null;
            String defaultText = null;
            int at = s.indexOf('@');
            if (at > 0) {
                // `--flag@completer` / `name@"completer"`: the completer is not part of the name
                s = s.substring(0, at);
                while (i + 1 < n && toks.get(i + 1).start() == toks.get(i).end() && !toks.get(i + 1).is(Tok.Kind.COLON)
                        && !toks.get(i + 1).is(Tok.Kind.COMMA) && !toks.get(i + 1).is(Tok.Kind.NL)) {
                    i++;
                    pEnd = toks.get(i).end();
                }
            }
            int eq = s.indexOf('=');
            if (eq > 0) {
                defaultText = s.substring(eq + 1);
                s = s.substring(0, eq);
            }
            i++;
            if (s.startsWith("--")) {
                name = s.endsWith("?") ? s.substring(2, s.length() - 1) : s.substring(2); // externs write `--flag?`
                kind = Param.Kind.SWITCH;
                if (i < n && toks.get(i).is(Tok.Kind.PAREN)) {
                    Tok p = toks.get(i);
                    String inner = c.text(p.innerStart(), p.innerEnd()).trim();
                    if (inner.startsWith("-") && inner.length() == 2) shortName = inner.charAt(1);
                    else c.error("nu::parser::parse_mismatch", "Parse mismatch: expected short flag.", c.span(p), "expected a short flag like (-f)");
                    pEnd = p.end();
                    i++;
                }
            } else if (s.startsWith("-") && s.length() == 2) {
                shortName = s.charAt(1);
                name = s.substring(1);
                kind = Param.Kind.SWITCH;
            } else if (s.startsWith("...")) {
                name = s.substring(3);
                kind = Param.Kind.REST;
            } else {
                name = s;
                kind = Param.Kind.REQUIRED;
                if (name.endsWith("?")) {
                    name = name.substring(0, name.length() - 1);
                    kind = Param.Kind.OPTIONAL;
                }
            }
            if (name.startsWith("$")) name = name.substring(1);
            TypeAnn type = null;
            if (defaultText == null && i < n && toks.get(i).is(Tok.Kind.COLON)) {
                int[] pos = {toks.get(i).end()};
                type = type(pos, limit);
                pEnd = pos[0];
                i++;
                while (i < n && toks.get(i).start() < pos[0]) i++;
                if (kind == Param.Kind.SWITCH && def && type.name().equals("bool") && type.params().isEmpty()) {
                    c.error("nu::parser::error", "Type annotations are not allowed for boolean switches.", type.span(),
                            "Remove the `: bool` type annotation.");
                } else if (kind == Param.Kind.SWITCH) {
                    kind = Param.Kind.FLAG;
                }
                if (shortName == null && i < n && toks.get(i).is(Tok.Kind.PAREN)) {
                    String inner = c.text(toks.get(i).innerStart(), toks.get(i).innerEnd()).trim();
                    if (inner.startsWith("-") && inner.length() == 2) shortName = inner.charAt(1);
                    pEnd = toks.get(i).end();
                    i++;
                }
                int[] look = {pos[0]};
                while (look[0] < limit && (c.text.charAt(look[0]) == ' ' || c.text.charAt(look[0]) == '\t')) look[0]++;
                if (look[0] < limit && c.text.charAt(look[0]) == '=') {
                    // `: type = value` / `: type=value`: the default may start inside a token
                    int from = look[0] + 1;
                    List<Tok> vt = new ArrayList<>();
                    int j = 0;
                    while (j < n && toks.get(j).end() <= from) j++;
                    while (j < n && toks.get(j).is(Tok.Kind.NL)) j++;
                    if (j < n) {
                        Tok first = toks.get(j);
                        vt.add(first.start() < from ? first.slice(from, first.end()) : first);
                        j++;
                        while (j < n && toks.get(j).start() == vt.get(vt.size() - 1).end() && !toks.get(j).is(Tok.Kind.COMMA)
                                && !toks.get(j).is(Tok.Kind.NL)) vt.add(toks.get(j++));
                    }
                    if (vt.isEmpty() || vt.get(0).end() <= vt.get(0).start()) {
                        c.error("nu::parser::parse_mismatch", "Parse mismatch: expected default value.", c.span(look[0], look[0] + 1), "expected default value");
                    } else {
                        Expr dv = c.exprs.value(Word.of(vt), SyntaxShape.ANY);
                        if (kind == Param.Kind.REQUIRED) kind = Param.Kind.OPTIONAL;
                        int pe = vt.get(vt.size() - 1).end();
                        out.add(new Param(name, kind, type, dv, shortName, comment(pe), c.span(pStart, pe)));
                    }
                    i = Math.max(i, j);
                    continue;
                }
            }
            Expr dflt = null;
            if (defaultText != null) {
                Tok rest = t.slice(t.start() + c.text(t).indexOf('=') + 1, t.end());
                int j = i;
                List<Tok> vt = new ArrayList<>();
                if (rest.end() > rest.start()) vt.add(rest);
                int last = rest.end();
                while (j < n && toks.get(j).start() == last && !toks.get(j).is(Tok.Kind.COMMA) && !toks.get(j).is(Tok.Kind.NL)) {
                    vt.add(toks.get(j));
                    last = toks.get(j).end();
                    j++;
                }
                if (!vt.isEmpty()) {
                    dflt = c.exprs.value(Word.of(vt), SyntaxShape.ANY);
                    i = j;
                }
            } else if (i < n && toks.get(i).is(Tok.Kind.BARE) && c.text(toks.get(i)).startsWith("=")) {
                Tok e = toks.get(i);
                List<Tok> vt = new ArrayList<>();
                int j = i + 1;
                if (e.end() > e.start() + 1) vt.add(e.slice(e.start() + 1, e.end()));
                else {
                    while (j < n && toks.get(j).is(Tok.Kind.NL)) j++;
                    if (j < n) vt.add(toks.get(j++));
                }
                while (!vt.isEmpty() && j < n && toks.get(j).start() == vt.get(vt.size() - 1).end()
                        && !toks.get(j).is(Tok.Kind.COMMA) && !toks.get(j).is(Tok.Kind.NL)) vt.add(toks.get(j++));
                if (vt.isEmpty()) {
                    c.error("nu::parser::parse_mismatch", "Parse mismatch: expected default value.", c.span(e), "expected default value");
                } else {
                    dflt = c.exprs.value(Word.of(vt), SyntaxShape.ANY);
                    pEnd = vt.get(vt.size() - 1).end();
                }
                i = j;
            }
            if (dflt != null && kind == Param.Kind.REQUIRED) kind = Param.Kind.OPTIONAL;
            if (dflt != null && kind == Param.Kind.SWITCH) kind = Param.Kind.FLAG;
            if (name.isEmpty()) {
                c.error("nu::parser::parse_mismatch", "Parse mismatch: expected parameter name.", c.span(pStart, pEnd), "expected a parameter name");
                continue;
            }
            if (!name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_' || ch == '-')) {
                c.error("nu::parser::parse_mismatch", "Parse mismatch: expected valid variable name for this parameter.", c.span(t),
                        "expected valid variable name for this parameter");
            }
            out.add(new Param(name, kind, type, dflt, shortName, comment(Math.max(pEnd, pStart)), c.span(pStart, Math.max(pEnd, pStart))));
        }
        return out;
    }

    /** The {@code # comment} after a parameter on its line: the parameter's description, or null. */
    private String comment(int from) {
        int i = from;
        while (i < c.text.length() && (c.text.charAt(i) == ' ' || c.text.charAt(i) == '\t' || c.text.charAt(i) == ',')) i++;
        if (i >= c.text.length() || c.text.charAt(i) != '#') return null;
        int end = c.text.indexOf('\n', i);
        String d = c.text.substring(i + 1, end < 0 ? c.text.length() : end).strip();
        return d.isEmpty() ? null : d;
    }

    CommandSig signature(Tok brack, int ioFrom, int ioTo) {
        List<Param> params = params(brack.children(), true);
        List<CommandSig.IoType> io = new ArrayList<>();
        int[] pos = {ioFrom};
        skipSpace(pos, ioTo);
        if (pos[0] < ioTo && c.text.charAt(pos[0]) == ':') {
            pos[0]++;
            skipSpace(pos, ioTo);
            boolean many = pos[0] < ioTo && c.text.charAt(pos[0]) == '[';
            if (many) pos[0]++;
            while (pos[0] < ioTo) {
                skipSpace(pos, ioTo);
                if (pos[0] >= ioTo) break;
                char ch = c.text.charAt(pos[0]);
                if (ch == ']') { pos[0]++; break; }
                if (ch == ',') { pos[0]++; continue; }
                int before = pos[0];
                TypeAnn in = typeWithoutCompleter(pos, ioTo);
                skipSpace(pos, ioTo);
                if (c.text.startsWith("->", pos[0])) {
                    pos[0] += 2;
                    TypeAnn outT = typeWithoutCompleter(pos, ioTo);
                    io.add(new CommandSig.IoType(in, outT));
                } else {
                    c.error("nu::parser::parse_mismatch", "Parse mismatch: expected ->.", c.span(pos[0], Math.min(pos[0] + 1, ioTo)),
                            "expected `->` between input and output type");
                    break;
                }
                if (!many) break;
                if (pos[0] == before) break;
            }
        }
        return new CommandSig(params, io, c.span(brack.start(), Math.max(brack.end(), pos[0])));
    }

    private void skipSpace(int[] pos, int limit) {
        while (pos[0] < limit) {
            char ch = c.text.charAt(pos[0]);
            if (Character.isWhitespace(ch)) pos[0]++;
            else if (ch == '#') while (pos[0] < limit && c.text.charAt(pos[0]) != '\n') pos[0]++;
            else break;
        }
    }

    private boolean completerAllowed = true;

    /** A type where nu allows no {@code @completer} (let annotations, input/output types). */
    TypeAnn typeWithoutCompleter(int[] pos, int limit) {
        boolean was = completerAllowed;
        completerAllowed = false;
        try {
            return type(pos, limit);
        } finally {
            completerAllowed = was;
        }
    }

    /** A type at pos[0] ({@code int}, {@code list<string>}, {@code record<a: int>}, with an optional {@code @completer}). */
    TypeAnn type(int[] pos, int limit) {
        skipSpace(pos, limit);
        int start = pos[0];
        while (pos[0] < limit && isTypeChar(c.text.charAt(pos[0]))) pos[0]++;
        String name = c.text(start, pos[0]);
        List<TypeAnn> params = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        if (name.isEmpty()) {
            c.error("nu::parser::parse_mismatch", "Parse mismatch: expected type.", c.span(start, Math.min(start + 1, Math.max(limit, start))), "expected type");
            name = "any";
        }
        if (!name.equals("any") || start != pos[0]) checkTypeName(name, start);
        if (pos[0] < limit && c.text.charAt(pos[0]) == '<') {
            int open = pos[0];
            int before0 = c.diags.size();
            pos[0]++;
            boolean closed = false;
            while (pos[0] < limit) {
                skipSpace(pos, limit);
                if (pos[0] >= limit) break;
                char ch = c.text.charAt(pos[0]);
                if (ch == '>') { pos[0]++; closed = true; break; }
                if (ch == ',') { pos[0]++; continue; }
                if (ch == ']' || ch == '{' || ch == '=') break;
                int before = pos[0];
                String field = null;
                if (ch == '"' || ch == '\'') {
                    int q = c.text.indexOf(ch, pos[0] + 1);
                    if (q < 0 || q >= limit) { pos[0] = limit; break; }
                    field = c.text(pos[0] + 1, q);
                    pos[0] = q + 1;
                } else {
                    int s = pos[0];
                    while (pos[0] < limit && isTypeChar(c.text.charAt(pos[0]))) pos[0]++;
                    int[] look = {pos[0]};
                    skipSpace(look, limit);
                    boolean columns = name.equals("record") || name.equals("table");
                    if ((look[0] < limit && c.text.charAt(look[0]) == ':') || (columns && pos[0] > s)) field = c.text(s, pos[0]);
                    else pos[0] = s;
                }
                if (field != null) {
                    skipSpace(pos, limit);
                    if (pos[0] < limit && c.text.charAt(pos[0]) == ':') {
                        pos[0]++;
                        params.add(type(pos, limit));
                    } else {
                        params.add(TypeAnn.simple("any", c.span(pos[0], pos[0])));
                    }
                    fields.add(field);
                } else {
                    params.add(type(pos, limit));
                    fields.add(null);
                }
                if (pos[0] == before) { pos[0]++; }
            }
            if (!closed && c.diags.size() == before0) {
                int last = Math.max(open, pos[0] - 1);
                while (last > open && Character.isWhitespace(c.text.charAt(last))) last--;
                c.diags.add(TokenTree.unclosed(c.src, open, last, ">"));
            }
        }
        if (pos[0] < limit && isTypeChar(c.text.charAt(pos[0])) && pos[0] > start) {
            int e = pos[0];
            while (e < limit && isTypeChar(c.text.charAt(e))) e++;
            c.error("nu::parser::error", "Extra characters in the parameter name", c.span(start, e), "extra characters");
            pos[0] = e;
        }
        if (pos[0] < limit && c.text.charAt(pos[0]) == '@') {
            int at = pos[0];
            skipCompleter(pos, limit);
            if (!completerAllowed) {
                c.error("nu::parser::error", "Unexpected custom completer in type spec", c.span(start, pos[0]),
                        "Type specifications do not support custom completers");
            }
        }
        boolean anyField = false;
        for (String f : fields) if (f != null) anyField = true;
        return new TypeAnn(name, params, anyField ? fields : List.of(), c.span(start, pos[0]));
    }

    private void skipCompleter(int[] pos, int limit) {
        pos[0]++;
        if (pos[0] >= limit) return;
        char ch = c.text.charAt(pos[0]);
        if (ch == '"' || ch == '\'' || ch == '`') {
            int q = c.text.indexOf(ch, pos[0] + 1);
            pos[0] = q < 0 || q >= limit ? limit : q + 1;
            return;
        }
        if (ch == '{' || ch == '[' || ch == '(') {
            int depth = 0;
            while (pos[0] < limit) {
                char d = c.text.charAt(pos[0]++);
                if (d == '{' || d == '[' || d == '(') depth++;
                else if (d == '}' || d == ']' || d == ')') if (--depth == 0) return;
            }
            return;
        }
        while (pos[0] < limit) {
            char d = c.text.charAt(pos[0]);
            if (Character.isWhitespace(d) || d == ',' || d == ']' || d == '>' || d == '=' || d == '#') break;
            pos[0]++;
        }
    }

    /** Type names Nushell knows in signatures and annotations. */
    private static final java.util.Set<String> TYPES = java.util.Set.of("any", "binary", "block", "bool", "cell-path", "closure", "cond",
            "condition", "datetime", "date", "directory", "duration", "error", "expr", "float", "filesize", "full-cell-path", "glob", "int",
            "import-pattern", "keyword", "math", "nothing", "number", "one-of", "oneof", "path", "range", "signature", "string", "table",
            "variable", "var-with-opt-type", "record", "list", "custom");

    private void checkTypeName(String name, int start) {
        if (!TYPES.contains(name)) {
            c.error("nu::parser::unknown_type", "Unknown type.", c.span(start, start + name.length()), "unknown type");
        }
    }

    private static boolean isTypeChar(char ch) { return Character.isLetterOrDigit(ch) || ch == '_' || ch == '-'; }

    /** How calls of a def read their arguments, from its signature. */
    static CommandShape shapeOf(String name, CommandSig sig) {
        List<CommandShape.PositionalShape> pos = new ArrayList<>();
        CommandShape.PositionalShape rest = null;
        List<CommandShape.FlagShape> flags = new ArrayList<>();
        for (Param p : sig.params()) {
            SyntaxShape s = shapeOf(p.type());
            switch (p.kind()) {
                case REQUIRED -> pos.add(new CommandShape.PositionalShape(p.name(), s, false));
                case OPTIONAL -> pos.add(new CommandShape.PositionalShape(p.name(), s, true));
                case REST -> rest = new CommandShape.PositionalShape(p.name(), s, true);
                case FLAG -> flags.add(new CommandShape.FlagShape(p.name(), p.shortName(), s));
                case SWITCH -> flags.add(new CommandShape.FlagShape(p.name(), p.shortName(), null));
            }
        }
        flags.add(new CommandShape.FlagShape("help", 'h', null));
        return new CommandShape(name, pos, rest, flags);
    }

    static SyntaxShape shapeOf(TypeAnn t) {
        if (t == null) return SyntaxShape.ANY;
        return switch (t.name()) {
            case "closure" -> SyntaxShape.CLOSURE;
            case "block" -> SyntaxShape.BLOCK;
            case "string" -> SyntaxShape.STRING;
            case "int" -> SyntaxShape.INT;
            case "float" -> SyntaxShape.FLOAT;
            case "number" -> SyntaxShape.NUMBER;
            case "bool" -> SyntaxShape.BOOLEAN;
            case "duration" -> SyntaxShape.DURATION;
            case "filesize" -> SyntaxShape.FILESIZE;
            case "datetime", "date" -> SyntaxShape.DATETIME;
            case "range" -> SyntaxShape.RANGE;
            case "record" -> SyntaxShape.RECORD;
            case "table" -> SyntaxShape.TABLE;
            case "list" -> SyntaxShape.LIST;
            case "cell-path" -> SyntaxShape.CELL_PATH;
            case "path" -> SyntaxShape.FILEPATH;
            case "directory" -> SyntaxShape.DIRECTORY;
            case "glob" -> SyntaxShape.GLOB;
            case "binary" -> SyntaxShape.BINARY;
            default -> SyntaxShape.ANY;
        };
    }
}
