package dev.nuebpf.syntax;

import dev.nuebpf.diag.Span;
import java.util.List;

/**
 * A type annotation as written: {@code int}, {@code list<string>}, {@code record<a: int>}, {@code table}, {@code any}...
 * {@code name} is the base type name; {@code params} are element/field types (field names in {@code fieldNames}).
 */
public record TypeAnn(String name, List<TypeAnn> params, List<String> fieldNames, Span span) {
    public static TypeAnn simple(String name, Span span) { return new TypeAnn(name, List.of(), List.of(), span); }

    @Override public String toString() {
        if (params.isEmpty()) return name;
        StringBuilder sb = new StringBuilder(name).append('<');
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) sb.append(", ");
            if (i < fieldNames.size() && fieldNames.get(i) != null) sb.append(fieldNames.get(i)).append(": ");
            sb.append(params.get(i));
        }
        return sb.append('>').toString();
    }
}
