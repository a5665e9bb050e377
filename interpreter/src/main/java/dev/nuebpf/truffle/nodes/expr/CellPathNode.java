package dev.nuebpf.truffle.nodes.expr;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.CellPaths;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.truffle.nodes.ExprNode;
import java.util.List;

/** {@code base.a.0?}: follows a cell path with nu's errors (column_not_found, access_beyond_end...). */
public final class CellPathNode extends ExprNode {
    @Child private ExprNode base;
    @CompilationFinal(dimensions = 1) private final PathMember[] members;

    public CellPathNode(ExprNode base, List<PathMember> members, Span span) {
        super(span);
        this.base = base;
        this.members = members.toArray(new PathMember[0]);
    }

    @Override public Value execute(VirtualFrame frame) {
        Value v = base.execute(frame);
        if (members.length == 1 && v instanceof Record r && !members[0].isIndex()) {
            Value hit = r.get(members[0].name());
            if (hit != null) return hit;
        }
        return follow(v);
    }

    @TruffleBoundary
    private Value follow(Value v) {
        if (v instanceof Value.ErrorV e) throw new dev.nuebpf.command.ShellException(e.diagnostic(), e.raw());
        return CellPaths.follow(v, List.of(members), base.span());
    }
}
