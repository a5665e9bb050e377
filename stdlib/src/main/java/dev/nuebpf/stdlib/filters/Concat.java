package dev.nuebpf.stdlib.filters;

import dev.nuebpf.runtime.Value;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Lazy concatenation of iterators (append/prepend keep the input streaming). */
final class Concat {
    private Concat() {}

    static Iterator<Value> of(List<Iterator<Value>> parts) {
        return new Iterator<>() {
            int k;
            public boolean hasNext() {
                while (k < parts.size()) {
                    if (parts.get(k).hasNext()) return true;
                    k++;
                }
                return false;
            }
            public Value next() {
                if (!hasNext()) throw new NoSuchElementException();
                return parts.get(k).next();
            }
        };
    }
}
