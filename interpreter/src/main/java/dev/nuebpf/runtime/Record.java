package dev.nuebpf.runtime;

import java.util.Arrays;
import java.util.List;

/**
 * An ordered record. Keys are kept in insertion order as Nushell does. Immutable once built:
 * use {@link #builder()} or the copying "with"-methods.
 */
public final class Record implements Value {
    private final List<String> keys;
    private final List<Value> values;

    private Record(List<String> keys, List<Value> values) {
        this.keys = keys;
        this.values = values;
    }

    public static final Record EMPTY = new Record(List.of(), List.of());

    public static Builder builder() { return new Builder(); }

    public static Record of(String k, Value v) { return builder().put(k, v).build(); }

    public static Record of(String k1, Value v1, String k2, Value v2) { return builder().put(k1, v1).put(k2, v2).build(); }

    /**
     * A record over columns someone else checked: {@code keys} distinct and unmodifiable (often shared by every
     * record a literal makes), {@code values} handed over (never written again), same length.
     */
    public static Record fromColumns(List<String> keys, Value[] values) {
        return new Record(keys, FrozenList.wrap(values, values.length));
    }

    /** Unmodifiable. */
    public List<String> keys() { return keys; }
    /** Unmodifiable. */
    public List<Value> values() { return values; }
    public int size() { return keys.size(); }
    public boolean isEmpty() { return keys.isEmpty(); }
    public String typeName() { return "record"; }

    public int indexOf(String key) { return keys.indexOf(key); }

    /** The value of a column, or null if absent. */
    public Value get(String key) {
        int i = keys.indexOf(key);
        return i < 0 ? null : values.get(i);
    }

    public boolean has(String key) { return keys.contains(key); }

    /** A copy with the key set (replaced in place if present, else appended). */
    public Record with(String key, Value value) {
        Builder b = toBuilder();
        b.put(key, value);
        return b.build();
    }

    /** A copy without the key. */
    public Record without(String key) {
        Builder b = builder();
        for (int i = 0; i < keys.size(); i++) if (!keys.get(i).equals(key)) b.put(keys.get(i), values.get(i));
        return b.build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        int n = keys.size();
        b.keys = keys.toArray(new String[Math.max(4, n + 1)]);
        b.values = values.toArray(new Value[Math.max(4, n + 1)]);
        b.size = n;
        return b;
    }

    @Override public boolean equals(Object o) {
        return o instanceof Record r && keys.equals(r.keys) && values.equals(r.values);
    }

    @Override public int hashCode() { return keys.hashCode() * 31 + values.hashCode(); }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < keys.size(); i++) sb.append(i > 0 ? ", " : "").append(keys.get(i)).append(": ").append(values.get(i));
        return sb.append('}').toString();
    }

    public static final class Builder {
        private String[] keys = new String[4];
        private Value[] values = new Value[4];
        private int size;
        private boolean built;  // the arrays belong to a record: copy before writing again

        /** Sets a column: replaces the value if the key exists (keeping its position), else appends. */
        public Builder put(String key, Value value) {
            if (built) {
                keys = keys.clone();
                values = values.clone();
                built = false;
            }
            int i = indexOf(key);
            if (i >= 0) {
                values[i] = value;
                return this;
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size++] = value;
            return this;
        }

        private int indexOf(String key) {
            for (int i = 0; i < size; i++) if (key.equals(keys[i])) return i;
            return -1;
        }

        public boolean has(String key) { return indexOf(key) >= 0; }

        public Record build() {
            built = true;
            return new Record(FrozenList.wrap(keys, size), FrozenList.wrap(values, size));
        }
    }
}
