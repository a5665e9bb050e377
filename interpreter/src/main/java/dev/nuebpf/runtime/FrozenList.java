package dev.nuebpf.runtime;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list over an array that nobody writes any more. Records and lists are built by the
 * hundred thousand in a pipeline: wrapping the builder's array costs one small object where
 * {@code List.copyOf} copies and null-checks every element.
 */
final class FrozenList<T> extends AbstractList<T> implements RandomAccess {
    private final T[] items;
    private final int size;

    private FrozenList(T[] items, int size) {
        this.items = items;
        this.size = size;
    }

    /** The first {@code size} items of {@code items}; the caller hands the array over and never writes it again. */
    static <T> List<T> wrap(T[] items, int size) {
        return size == 0 ? List.of() : new FrozenList<>(items, size);
    }

    /**
     * An unmodifiable copy (the list itself when it is already one of ours). One array copy, where
     * {@code List.copyOf} of a hundred-thousand-row ArrayList also walked it element by element.
     */
    @SuppressWarnings("unchecked")
    static <T> List<T> copyOf(List<? extends T> list) {
        if (list instanceof FrozenList<? extends T> f) return (List<T>) f;
        Object[] a = list.toArray();
        for (Object o : a) Objects.requireNonNull(o);
        return wrap((T[]) a, a.length);
    }

    @Override public T get(int index) {
        Objects.checkIndex(index, size);
        return items[index];
    }

    @Override public int size() { return size; }

    @Override public int indexOf(Object o) {
        for (int i = 0; i < size; i++) if (items[i] == o || Objects.equals(o, items[i])) return i;
        return -1;
    }

    @Override public boolean contains(Object o) { return indexOf(o) >= 0; }

    @Override public Object[] toArray() { return java.util.Arrays.copyOf(items, size, Object[].class); }
}
