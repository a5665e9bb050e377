package dev.nuebpf.runtime;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A Nushell value. Immutable: commands build new values instead of changing inputs.
 * Display, NUON and table rendering live in {@code dev.nuebpf.format}.
 */
public sealed interface Value permits Value.Int, Value.Float, Value.Bool, Value.Str, Value.Nothing, Value.ListV,
        Record, Value.RangeV, Value.Duration, Value.Filesize, Value.Date, Value.Binary, Value.ClosureV,
        Value.ErrorV, Value.CellPathV, Value.Glob, Value.Custom {

    /** Nushell's type name as {@code describe} prints it for simple values ("int", "string", ...). */
    String typeName();

    record Int(long value) implements Value {
        private static final Int[] SMALL = new Int[128 + 1024];
        static { for (int i = 0; i < SMALL.length; i++) SMALL[i] = new Int(i - 128); }
        public static Int of(long v) { return v >= -128 && v < 1024 ? SMALL[(int) v + 128] : new Int(v); }
        public String typeName() { return "int"; }
        // written out: the record's generated ones go through method handles, slow until compiled (group-by keys)
        @Override public boolean equals(Object o) { return o instanceof Int i && i.value == value; }
        @Override public int hashCode() { return Long.hashCode(value); }
    }

    record Float(double value) implements Value {
        public String typeName() { return "float"; }
    }

    record Bool(boolean value) implements Value {
        public static final Bool TRUE = new Bool(true), FALSE = new Bool(false);
        public static Bool of(boolean b) { return b ? TRUE : FALSE; }
        public String typeName() { return "bool"; }
    }

    record Str(String value) implements Value {
        public String typeName() { return "string"; }
        @Override public boolean equals(Object o) { return o instanceof Str s && s.value.equals(value); }
        @Override public int hashCode() { return value.hashCode(); }
    }

    /** {@code null} in Nushell. Use {@link #NOTHING}. */
    final class Nothing implements Value {
        private Nothing() {}
        public String typeName() { return "nothing"; }
        @Override public String toString() { return "nothing"; }
    }

    Nothing NOTHING = new Nothing();

    /** A list; {@code items} is never modified after construction. */
    record ListV(List<Value> items) implements Value {
        public ListV { items = FrozenList.copyOf(items); }
        public String typeName() { return "list"; }
    }

    /** {@code start..end} with a step; {@code end} null means open (1..), inclusive false means {@code ..<}. Numbers are Int or Float. */
    record RangeV(Value start, Value step, Value end, boolean inclusive) implements Value {
        public String typeName() { return "range"; }
    }

    record Duration(long nanos) implements Value {
        public String typeName() { return "duration"; }
    }

    record Filesize(long bytes) implements Value {
        public String typeName() { return "filesize"; }
    }

    record Date(ZonedDateTime value) implements Value {
        public String typeName() { return "datetime"; }
    }

    record Binary(byte[] bytes) implements Value {
        public String typeName() { return "binary"; }
        @Override public boolean equals(Object o) { return o instanceof Binary b && java.util.Arrays.equals(bytes, b.bytes); }
        @Override public int hashCode() { return java.util.Arrays.hashCode(bytes); }
    }

    /**
     * A closure value; {@code target} is the interpreter's callable (opaque here), {@code ast} the closure's
     * syntax (the eBPF compiler compiles it), {@code captures} the values of outer variables it uses.
     */
    record ClosureV(Object target, dev.nuebpf.syntax.Expr.Closure ast, java.util.Map<String, Value> captures) implements Value {
        public String typeName() { return "closure"; }
    }

    /** An error as a value (from {@code error make} without throwing, or caught by try). */
    record ErrorV(dev.nuebpf.diag.Diagnostic diagnostic, Value raw) implements Value {
        public String typeName() { return "error"; }
    }

    record CellPathV(List<dev.nuebpf.syntax.PathMember> members) implements Value {
        public String typeName() { return "cell-path"; }
    }

    record Glob(String pattern, boolean expand) implements Value {
        public String typeName() { return "glob"; }
    }

    /** Values owned by a subsystem (e.g. an attached probe handle); {@code typeName} is what describe shows. */
    non-sealed interface Custom extends Value {
        /**
         * The plain value this custom value stands for (nu's {@code to_base_value}), which cell paths, filters
         * and the table renderer may use in its place; null when there is none.
         */
        default Value toBase() { return null; }

        /** Rebuilds this kind of custom value from a changed base value (after {@code update}), or null to keep the plain value. */
        default Value fromBase(Value base) { return null; }
    }

    static Int of(long v) { return Int.of(v); }
    static Float of(double v) { return new Float(v); }
    static Bool of(boolean v) { return Bool.of(v); }
    static Str of(String v) { return new Str(v); }
}
