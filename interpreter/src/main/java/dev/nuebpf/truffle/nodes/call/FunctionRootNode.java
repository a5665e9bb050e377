package dev.nuebpf.truffle.nodes.call;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.EnvScope;
import dev.nuebpf.truffle.NuContext;
import dev.nuebpf.truffle.NuLanguage;
import dev.nuebpf.truffle.SourceMap;
import dev.nuebpf.truffle.nodes.ControlFlow;
import dev.nuebpf.truffle.nodes.ExprNode;
import dev.nuebpf.truffle.nodes.control.BlockNode;

/**
 * The root of a def, a closure, or a top-level chunk. Arguments: [0] input PipelineData (or a Value: one value), [1] captured
 * values (closures), [2] arguments (closure: positional values; def: bound per parameter), [3] their spans,
 * [4] an Integer of mode bits: KEEP_ENV keeps the callee's environment changes ({@code do --env}), PASS_JUMPS lets
 * break/continue through (catch handlers), WANT_VALUE when the caller collects the result: it may then be a Value
 * instead of PipelineData (a one-expression body skips the pipeline wrapping).
 * The prologue binds captures and parameters into slots; {@code $in} gets the input. Calls run in a child
 * environment scope, adopted back into the caller for {@code def --env}.
 */
public final class FunctionRootNode extends RootNode {
    public static final int ARG_INPUT = 0, ARG_CAPTURES = 1, ARG_VALUES = 2, ARG_SPANS = 3, ARG_MODE = 4;
    /** Bits of the mode argument. */
    public static final int KEEP_ENV = 1, PASS_JUMPS = 2, WANT_VALUE = 4;

    private final String name;
    private final Span span;
    private final int inSlot;
    @Children private final ExprNode[] prologue;
    @Child private BlockNode body;
    private final boolean newEnvScope;
    private final boolean propagateEnv;
    private final Epilogue epilogue;

    /** Runs when the root finishes (top-level chunks save their variables for the next REPL line). */
    public interface Epilogue {
        void run(VirtualFrame frame);
    }

    public FunctionRootNode(NuLanguage lang, FrameDescriptor fd, String name, Span span, int inSlot, ExprNode[] prologue,
                            BlockNode body, boolean newEnvScope, boolean propagateEnv, Epilogue epilogue) {
        super(lang, fd);
        this.name = name;
        this.span = span;
        this.inSlot = inSlot;
        this.prologue = prologue;
        this.body = body;
        this.newEnvScope = newEnvScope;
        this.propagateEnv = propagateEnv;
        this.epilogue = epilogue;
    }

    @ExplodeLoop
    @Override public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        Object in = args.length > 0 && args[0] != null ? args[0] : PipelineData.EMPTY;
        frame.setObject(inSlot, in);  // $in takes a Value as it is, a PipelineData is collected on first read
        NuContext ctx = NuContext.get(this);
        EnvScope saved = ctx.env();
        int mode = args.length > ARG_MODE && args[ARG_MODE] instanceof Integer m ? m : 0;
        boolean keepEnv = propagateEnv || (mode & KEEP_ENV) != 0;
        if (newEnvScope) ctx.setEnv(saved.child());
        try {
            for (ExprNode p : prologue) p.execute(frame);
            if ((mode & WANT_VALUE) != 0) return body.executeForValue(frame, in);
            return body.executePipeline(frame, in instanceof PipelineData p ? p : PipelineData.of((Value) in));
        } catch (ControlFlow.Return r) {
            if ((mode & WANT_VALUE) != 0) return r.value;
            return PipelineData.of(r.value);
        } catch (ControlFlow.Break | ControlFlow.Continue b) {
            // a catch handler may break/continue the loop around its try
            if ((mode & PASS_JUMPS) != 0) throw b;
            Span s = b instanceof ControlFlow.Break br ? br.span : ((ControlFlow.Continue) b).span;
            throw ShellException.of("nu::shell::not_in_a_loop", "Not in a loop.", s, "used outside of a loop");
        } finally {
            if (newEnvScope) {
                if (keepEnv) saved.adopt(ctx.env());
                ctx.setEnv(saved);
            }
            if (epilogue != null) epilogue.run(frame);
        }
    }

    @Override public String getName() { return name; }

    @Override public SourceSection getSourceSection() { return SourceMap.section(span); }

    @Override public String toString() { return "nu:" + name; }
}
