package dev.nuebpf.truffle.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.ValueDisplay;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.nodes.ExprNode;
import dev.nuebpf.truffle.nodes.control.BlockNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** {@code stage o> file} (and {@code o>>}): writes the stage's output to a file instead of passing it on. */
public final class RedirectNode extends ExprNode {
    @Child private ExprNode inner;
    @Child private ExprNode target;
    private final String kind;
    private final boolean append;

    public RedirectNode(ExprNode inner, ExprNode target, String kind, boolean append, Span span) {
        super(span);
        this.inner = inner;
        this.target = target;
        this.kind = kind;
        this.append = append;
    }

    @Override public PipelineData executePipeline(VirtualFrame frame, PipelineData input) {
        PipelineData out = inner.executePipeline(frame, input);
        Value file = target.execute(frame);
        if (kind != null && (kind.startsWith("e") || kind.startsWith("err"))) return out;
        write(out, file);
        return PipelineData.EMPTY;
    }

    @TruffleBoundary
    private void write(PipelineData out, Value file) {
        Path p = context().cwd().resolve(ValueDisplay.toText(file));
        Value v = BlockNode.collect(out);
        byte[] data = v instanceof Value.Binary b ? b.bytes()
                : (v instanceof Value.Str s ? s.value() : ValueDisplay.toText(v)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (append) Files.write(p, data, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            else Files.write(p, data);
        } catch (IOException e) {
            throw ShellException.of("nu::shell::io_error", "I/O error", target.span(), e.getMessage());
        }
    }

    @Override public Value execute(VirtualFrame frame) {
        return BlockNode.collect(executePipeline(frame, PipelineData.EMPTY));
    }
}
