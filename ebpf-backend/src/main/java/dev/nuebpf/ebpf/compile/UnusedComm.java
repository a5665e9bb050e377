package dev.nuebpf.ebpf.compile;

import dev.nuebpf.ebpf.asm.HelperFunc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops a {@code bpf-comm} read whose int is never used. {@code bpf-comm | bpf-count} and a comm field of an
 * emitted record read the whole 16-byte comm again into their own buffer, so the first read (the helper call and
 * the load of its first 8 bytes) is dead; bpf_get_current_comm is the dearest part of such a probe.
 */
final class UnusedComm {
    private UnusedComm() {}

    static List<Ir> strip(List<Ir> code) {
        Set<Integer> read = reads(code);
        List<Ir> out = new ArrayList<>(code.size());
        for (int i = 0; i < code.size(); i++) {
            if (i + 1 < code.size() && code.get(i) instanceof Ir.Call c && c.func() == HelperFunc.GET_CURRENT_COMM
                    && !read.contains(c.dst()) && c.args().size() == 2 && c.args().get(0) instanceof Ir.StackArg buf
                    && code.get(i + 1) instanceof Ir.LoadStack l && l.off() == buf.off() && !read.contains(l.dst())) {
                i++; // skip the call and its load
                continue;
            }
            out.add(code.get(i));
        }
        return out;
    }

    /** Every vreg some instruction reads. */
    private static Set<Integer> reads(List<Ir> code) {
        Set<Integer> s = new HashSet<>();
        for (Ir ir : code) {
            switch (ir) {
                case Ir.Mov m -> s.add(m.src());
                case Ir.Alu a -> { s.add(a.a()); s.add(a.b()); }
                case Ir.AluImm a -> s.add(a.a());
                case Ir.StoreStack st -> s.add(st.src());
                case Ir.LoadPtr p -> s.add(p.ptr());
                case Ir.AtomicAdd a -> { s.add(a.ptr()); s.add(a.src()); }
                case Ir.Call c -> { for (Ir.Arg arg : c.args()) if (arg instanceof Ir.VregArg v) s.add(v.vreg()); }
                case Ir.Branch b -> { s.add(b.a()); s.add(b.b()); }
                case Ir.BranchImm b -> s.add(b.a());
                default -> { }
            }
        }
        return s;
    }
}
