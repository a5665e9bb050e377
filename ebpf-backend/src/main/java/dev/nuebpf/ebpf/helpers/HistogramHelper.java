package dev.nuebpf.ebpf.helpers;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.ebpf.asm.HelperFunc;
import dev.nuebpf.ebpf.asm.Op;
import dev.nuebpf.ebpf.compile.Diagnostics;
import dev.nuebpf.ebpf.compile.Ir;
import dev.nuebpf.ebpf.compile.LoweringContext;
import dev.nuebpf.ebpf.compile.MapRole;
import dev.nuebpf.ebpf.compile.Val;
import dev.nuebpf.ebpf.simulate.ProbeState;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.Expr;
import java.util.List;

/**
 * bpf-histogram: adds one to the log2 bucket of its input ({@link Log2Histogram}: bucket 0 holds 0, bucket b holds
 * [2^(b-1), 2^b), values from 2^62 up and negative ones land in bucket 63). In the kernel the bucket is found by
 * halving the shift width (32, 16, ... 1) on the value read as unsigned, then an atomic add in a 64-entry array.
 */
final class HistogramHelper extends BpfHelper {
    @Override public Signature signature() {
        return sig("bpf-histogram", "Add the input to a log2 histogram (read it with `ebpf histogram`).").io("int", "nothing");
    }

    @Override public List<Example> examples() {
        return examples(simulated("Bucket sizes of reads", "ebpf simulate 'kprobe:ksys_read' {|| bpf-arg 2 | bpf-histogram } --context [{args: [0 0 1]}, {args: [0 0 700]}, {args: [0 0 1000]}]",
                Ex.result(List.of(), List.of(), List.of(Ex.bucket(1, 1), Ex.bucket(10, 2)))));
    }

    @Override protected Value eval(Call call, ProbeState.Session s, Value input) {
        s.histogram(intInput(call, input, "int"));
        return null;
    }

    @Override public Val lower(LoweringContext cx, Expr.Call call, Val input) {
        var span = call.span();
        if (!(input instanceof Val.Scalar || input instanceof Val.Const))
            throw Diagnostics.unsupported(span, "bpf-histogram needs an int as input", "pipe an int in, e.g. `bpf-stop-timer | bpf-histogram`");
        int r = cx.vreg(), b = cx.vreg(), t = cx.vreg();
        cx.emit(new Ir.Mov(r, cx.materialize(input, span), span));
        cx.emit(new Ir.Const(b, 0, span));
        for (int k = 32; k >= 1; k /= 2) {
            String skip = cx.label("log2_" + k);
            cx.emit(new Ir.AluImm(Op.RSH, t, r, k, span));
            cx.emit(new Ir.BranchImm(Op.JEQ, t, 0, skip, span));
            cx.emit(new Ir.Mov(r, t, span));
            cx.emit(new Ir.AluImm(Op.ADD, b, b, k, span));
            cx.emit(new Ir.Label(skip, span));
        }
        // r is now 1 for a non-zero value, 0 for zero: bucket = floor(log2 v) + 1, or 0
        cx.emit(new Ir.Alu(Op.ADD, b, b, r, false, span));
        String ok = cx.label("bucket_ok");
        cx.emit(new Ir.BranchImm(Op.JLE, b, Log2Histogram.BUCKETS - 1, ok, span));
        cx.emit(new Ir.Const(b, Log2Histogram.BUCKETS - 1, span));
        cx.emit(new Ir.Label(ok, span));
        String map = cx.map(MapRole.HISTOGRAM, span);
        int mark = cx.mark();
        int key = cx.stackAlloc(8, span);
        cx.emit(new Ir.StoreStack(key, b, 4, span));
        int p = cx.call(HelperFunc.MAP_LOOKUP_ELEM, span, new Ir.MapArg(map), new Ir.StackArg(key));
        String done = cx.label("hist_done");
        cx.emit(new Ir.BranchImm(Op.JEQ, p, 0, done, span));
        int one = cx.vreg();
        cx.emit(new Ir.Const(one, 1, span));
        cx.emit(new Ir.AtomicAdd(p, 0, one, span));
        cx.emit(new Ir.Label(done, span));
        cx.release(mark);
        return Val.NOTHING;
    }
}
