package dev.nuebpf.truffle.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import dev.nuebpf.format.Nuon;
import dev.nuebpf.runtime.Value;

/** Other nu values (durations, dates, closures...) seen from outside: displayable only. */
@ExportLibrary(InteropLibrary.class)
public final class NuOpaque implements TruffleObject {
    final Value value;

    NuOpaque(Value value) { this.value = value; }

    public Value value() { return value; }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) { return Nuon.write(value); }
}
