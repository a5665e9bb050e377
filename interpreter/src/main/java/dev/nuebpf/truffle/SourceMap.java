package dev.nuebpf.truffle;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import dev.nuebpf.diag.Span;
import java.util.Map;
import java.util.WeakHashMap;

/** Maps the grammar's {@link dev.nuebpf.diag.Source} to Truffle sources, so nodes and errors have source sections. */
public final class SourceMap {
    private static final Map<dev.nuebpf.diag.Source, Source> SOURCES = new WeakHashMap<>();

    private SourceMap() {}

    public static synchronized void register(dev.nuebpf.diag.Source ours, Source truffle) {
        SOURCES.put(ours, truffle);
    }

    @TruffleBoundary
    public static synchronized Source truffleSource(dev.nuebpf.diag.Source ours) {
        return SOURCES.computeIfAbsent(ours, s -> Source.newBuilder(NuLanguage.ID, s.text(), s.name()).build());
    }

    @TruffleBoundary
    public static SourceSection section(Span span) {
        if (span == null || span.isUnknown()) return null;
        Source src = truffleSource(span.source());
        int len = src.getLength();
        int start = Math.min(span.start(), len);
        int end = Math.min(Math.max(span.end(), start), len);
        return src.createSection(start, end - start);
    }
}
