package dev.nuebpf.ebpf.compile;

import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.asm.HelperFunc;
import dev.nuebpf.ebpf.probe.ProgramTarget;
import dev.nuebpf.syntax.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * What a helper's {@code lower} may use: fresh virtual registers and labels, IR emission, stack buffers (with the
 * 512-byte limit tracked), the program's maps by role, and evaluation of its arguments.
 */
public final class LoweringContext {
    public static final int STACK_LIMIT = 512;

    private final ProgramTarget target;
    private final CompileOptions options;
    private final List<Ir> code = new ArrayList<>();
    private final List<MapSpec> maps = new ArrayList<>();
    private final EventSchemaBuilder schema = new EventSchemaBuilder();
    private Lowerer lowerer;
    private int vregs;
    private int labels;
    private int stackTop; // bytes in use below fp
    private int stackMax;
    private CounterKeyKind counterKey;
    private Span counterKeySpan;
    private Integer stringDestination;

    LoweringContext(ProgramTarget target, CompileOptions options) {
        this.target = target;
        this.options = options;
    }

    void attach(Lowerer l) { this.lowerer = l; }

    public ProgramTarget target() { return target; }

    public CompileOptions options() { return options; }

    public int vreg() { return vregs++; }

    int vregCount() { return vregs; }

    public String label(String hint) { return hint + "_" + (labels++); }

    public void emit(Ir ir) { code.add(ir); }

    List<Ir> code() { return code; }

    /** A register holding {@code v} (a constant is loaded into a fresh register). */
    public int materialize(Val v, Span span) {
        return switch (v) {
            case Val.Scalar s -> s.vreg();
            case Val.Const c -> {
                int r = vreg();
                emit(new Ir.Const(r, c.value(), span));
                yield r;
            }
            default -> throw Diagnostics.unsupported(span, "expected an int here, found " + describe(v),
                    "only integers (and bools) can be computed with in the kernel");
        };
    }

    /** Calls a helper, returning the virtual register with its result. */
    public int call(HelperFunc f, Span span, Ir.Arg... args) {
        int r = vreg();
        emit(new Ir.Call(f, List.of(args), r, span));
        return r;
    }

    /** Reserves {@code size} bytes (rounded up to 8) of stack; returns the frame offset (negative). */
    public int stackAlloc(int size, Span span) {
        int s = (size + 7) & ~7;
        stackTop += s;
        if (stackTop > STACK_LIMIT) throw Diagnostics.stackOverflow(span, stackTop);
        stackMax = Math.max(stackMax, stackTop);
        return -stackTop;
    }

    /** Current stack mark, to release temporaries with {@link #release}. */
    public int mark() { return stackTop; }

    public void release(int mark) { stackTop = mark; }

    int stackUsed() { return stackMax; }

    /** Writes zeros to {@code size} bytes at {@code off}. */
    public void zero(int off, int size, Span span) {
        for (int i = 0; i < size; i += 8) emit(new Ir.StoreStackImm(off + i, 0, 8, span));
    }

    /** The symbol of the map for {@code role}, created on first use. */
    public String map(MapRole role, Span span) {
        for (MapSpec m : maps) if (m.role() == role) return m.name();
        MapSpec m = switch (role) {
            case EVENTS -> options.eventsMap() == MapType.RINGBUF
                    ? new MapSpec("events", MapType.RINGBUF, 0, 0, options.ringbufBytes(), role)
                    : new MapSpec("events", MapType.PERF_EVENT_ARRAY, 4, 4, 0, role);
            case COUNTERS -> new MapSpec("counters", MapType.HASH, counterKey == null ? 8
                    : counterKey == CounterKeyKind.STRING ? options.stringBytes() : counterKey.keySize, 8, options.counterEntries(), role);
            case HISTOGRAM -> new MapSpec("histogram", MapType.ARRAY, 4, 8, 64, role);
            case TIMERS -> new MapSpec("timers", MapType.HASH, 8, 8, options.timerEntries(), role);
            case DROPS -> new MapSpec("drops", MapType.ARRAY, 4, 8, 1, role);
        };
        maps.add(m);
        return m.name();
    }

    List<MapSpec> maps() { return maps; }

    /** Records the counters' key kind; a probe counts by one kind of key only. */
    public void counterKey(CounterKeyKind kind, Span span) {
        if (counterKey != null && counterKey != kind)
            throw Diagnostics.unsupported(span, "this counts by " + kind.name().toLowerCase() + " but an earlier bpf-count counts by "
                    + counterKey.name().toLowerCase(), "a probe's counters have one key type: count either comms or ints");
        counterKey = kind;
        counterKeySpan = span;
    }

    CounterKeyKind counterKey() { return counterKey; }

    EventSchemaBuilder schema() { return schema; }

    /** Positional argument i of a helper call, or null. */
    public static Expr positional(Expr.Call c, int i) {
        int k = 0;
        for (dev.nuebpf.syntax.Argument a : c.args())
            if (a instanceof dev.nuebpf.syntax.Argument.Positional p && k++ == i) return p.value();
        return null;
    }

    /** Lowers an expression (a helper argument that is not a constant). */
    public Val lower(Expr e) { return lowerer.expr(e, Val.NOTHING); }

    /** Evaluates a helper argument that must be known at compile time (a literal or captured variable). */
    public long constant(Expr e, String what) {
        Val v = lower(e);
        if (v instanceof Val.Const c) return c.value();
        throw Diagnostics.unsupported(e.span(), what + " must be known when the probe is compiled",
                "write a literal here (or a variable captured from outside the closure)");
    }

    /** A string argument known at compile time. */
    public String constantString(Expr e, String what) {
        Val v = lower(e);
        if (v instanceof Val.StrLit s) return s.value();
        throw Diagnostics.unsupported(e.span(), what + " must be a string known when the probe is compiled",
                "write a string literal here (or a string variable captured from outside the closure)");
    }

    /** Where a record literal wants the next bpf-read-str to write (avoids a copy), consumed once. */
    public Integer takeStringDestination() {
        Integer d = stringDestination;
        stringDestination = null;
        return d;
    }

    void stringDestination(Integer off) { stringDestination = off; }

    static String describe(Val v) {
        return switch (v) {
            case Val.Scalar s -> s.kind().name().toLowerCase();
            case Val.Const c -> c.kind().name().toLowerCase();
            case Val.StrLit s -> "a string literal";
            case Val.Str s -> "a string read from memory";
            case Val.Rec r -> "a record";
            case Val.Nothing n -> "nothing";
        };
    }
}
