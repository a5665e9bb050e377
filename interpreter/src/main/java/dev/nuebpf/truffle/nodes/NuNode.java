package dev.nuebpf.truffle.nodes;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;
import dev.nuebpf.diag.Span;
import dev.nuebpf.truffle.NuContext;
import dev.nuebpf.truffle.SourceMap;

/** Base of all nu nodes: remembers its source span (for diagnostics and Truffle source sections). */
public abstract class NuNode extends Node {
    protected final Span span;

    protected NuNode(Span span) {
        this.span = span == null ? Span.UNKNOWN : span;
    }

    public final Span span() { return span; }

    protected final NuContext context() { return NuContext.get(this); }

    @Override public SourceSection getSourceSection() {
        return SourceMap.section(span);
    }
}
