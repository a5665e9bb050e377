package dev.nuebpf.truffle;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.interop.Interop;

/** Root of a polyglot {@code eval}: parses, runs in a fresh scope, converts the result to interop. */
final class PolyglotEvalRoot extends RootNode {
    private final dev.nuebpf.diag.Source source;

    PolyglotEvalRoot(NuLanguage lang, dev.nuebpf.diag.Source source) {
        super(lang);
        this.source = source;
    }

    @Override public Object execute(VirtualFrame frame) { return run(); }

    @TruffleBoundary
    private Object run() {
        NuContext ctx = NuContext.get(this);
        Value v = ctx.evalFresh(source);
        return Interop.toGuest(v);
    }
}
