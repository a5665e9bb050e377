package dev.nuebpf.truffle.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import dev.nuebpf.format.Nuon;
import dev.nuebpf.runtime.Value;

/** A nu list as a polyglot array. */
@ExportLibrary(InteropLibrary.class)
public final class NuList implements TruffleObject {
    final Value.ListV list;

    NuList(Value.ListV list) { this.list = list; }

    @ExportMessage boolean hasArrayElements() { return true; }

    @ExportMessage long getArraySize() { return list.items().size(); }

    @ExportMessage boolean isArrayElementReadable(long i) { return i >= 0 && i < list.items().size(); }

    @ExportMessage
    @TruffleBoundary
    Object readArrayElement(long i) throws InvalidArrayIndexException {
        if (i < 0 || i >= list.items().size()) throw InvalidArrayIndexException.create(i);
        return Interop.toGuest(list.items().get((int) i));
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) { return Nuon.write(list); }
}
