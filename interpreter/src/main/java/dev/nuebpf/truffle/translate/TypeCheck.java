package dev.nuebpf.truffle.translate;

import dev.nuebpf.syntax.TypeAnn;
import java.util.Set;

/** Rejects type annotations nu does not know ({@code list<str>}, {@code block}, {@code list<int, string>}). */
final class TypeCheck {
    private static final Set<String> SIMPLE = Set.of("any", "int", "float", "number", "string", "bool", "nothing",
            "duration", "filesize", "datetime", "date", "binary", "closure", "range", "error", "glob", "cell-path",
            "cellpath", "path", "directory", "list", "record", "table", "oneof", "expression", "signature", "variable");

    private TypeCheck() {}

    static void validate(TypeAnn t) {
        if (t == null) return;
        if (!SIMPLE.contains(t.name())) {
            throw CompileError.of("nu::parser::unknown_type", "Unknown type.", t.span(), "unknown type");
        }
        if (t.name().equals("list") && t.params().size() > 1) {
            throw CompileError.of("nu::parser::parse_mismatch", "Parse mismatch: expected a single type.", t.span(), "expected one type");
        }
        for (TypeAnn p : t.params()) validate(p);
    }
}
