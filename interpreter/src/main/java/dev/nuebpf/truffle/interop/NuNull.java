package dev.nuebpf.truffle.interop;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** nu's {@code null} as a polyglot null. */
@ExportLibrary(InteropLibrary.class)
public final class NuNull implements TruffleObject {
    public static final NuNull INSTANCE = new NuNull();

    private NuNull() {}

    @ExportMessage boolean isNull() { return true; }

    @ExportMessage Object toDisplayString(boolean allowSideEffects) { return "null"; }
}
