package dev.nuebpf.truffle.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import dev.nuebpf.format.Nuon;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.ArrayList;
import java.util.List;

/** A nu record as a polyglot object whose members are its columns (in order). */
@ExportLibrary(InteropLibrary.class)
public final class NuRecord implements TruffleObject {
    final Record record;

    NuRecord(Record record) { this.record = record; }

    @ExportMessage boolean hasMembers() { return true; }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(boolean includeInternal) {
        List<Value> keys = new ArrayList<>();
        for (String k : record.keys()) keys.add(Value.of(k));
        return new NuList(new Value.ListV(keys));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) { return record.has(member); }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Value v = record.get(member);
        if (v == null) throw UnknownIdentifierException.create(member);
        return Interop.toGuest(v);
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) { return Nuon.write(record); }
}
