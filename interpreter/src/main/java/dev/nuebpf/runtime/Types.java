package dev.nuebpf.runtime;

import dev.nuebpf.syntax.TypeAnn;
import java.util.ArrayList;
import java.util.List;

/**
 * Nushell's structural type names ({@code list<int>}, {@code table<a: int>}, {@code record<a: string>})
 * as {@code describe} prints them and error messages quote them, and matching a value against a
 * written type annotation (def parameters, {@code let x: int}).
 */
public final class Types {
    private Types() {}

    /** The full type of a value as {@code describe} shows it ({@link TypeNames}: tables keep the columns all rows share). */
    public static String of(Value v) {
        return v == null ? "nothing" : TypeNames.of(v);
    }

    /** Whether the value conforms to the annotation (nu's subtyping: int is a number, table is a list...). */
    public static boolean matches(Value v, TypeAnn t) {
        if (t == null) return true;
        String n = t.name();
        switch (n) {
            case "any": return true;
            case "int": return v instanceof Value.Int;
            case "float": return v instanceof Value.Float;
            case "number": return v instanceof Value.Int || v instanceof Value.Float;
            case "string": return v instanceof Value.Str;
            case "bool": return v instanceof Value.Bool;
            case "nothing": return v == Value.NOTHING;
            case "duration": return v instanceof Value.Duration;
            case "filesize": return v instanceof Value.Filesize;
            case "datetime", "date": return v instanceof Value.Date;
            case "binary": return v instanceof Value.Binary;
            case "closure": return v instanceof Value.ClosureV;
            case "range": return v instanceof Value.RangeV;
            case "error": return v instanceof Value.ErrorV;
            case "glob": return v instanceof Value.Glob || v instanceof Value.Str;
            case "cell-path", "cellpath": return v instanceof Value.CellPathV;
            case "path", "directory", "filepath": return v instanceof Value.Str;
            case "oneof": {
                for (TypeAnn p : t.params()) if (matches(v, p)) return true;
                return t.params().isEmpty();
            }
            case "list": {
                if (!(v instanceof Value.ListV l)) return false;
                if (t.params().isEmpty()) return true;
                for (Value item : l.items()) if (!matches(item, t.params().get(0))) return false;
                return true;
            }
            case "record": {
                if (!(v instanceof Record r)) return false;
                return fieldsMatch(r, t);
            }
            case "table": {
                if (!(v instanceof Value.ListV l)) return false;
                for (Value item : l.items()) if (!(item instanceof Record r) || !fieldsMatch(r, t)) return false;
                return true;
            }
            default: return true;
        }
    }

    private static boolean fieldsMatch(Record r, TypeAnn t) {
        for (int i = 0; i < t.params().size(); i++) {
            String field = i < t.fieldNames().size() ? t.fieldNames().get(i) : null;
            if (field == null) continue;
            Value fv = r.get(field);
            if (fv == null) return false;
            if (!matches(fv, t.params().get(i))) return false;
        }
        return true;
    }

    /** Names of the types as nu spells them in messages. */
    public static List<String> names(List<Value> vs) {
        List<String> out = new ArrayList<>();
        for (Value v : vs) out.add(of(v));
        return out;
    }
}
