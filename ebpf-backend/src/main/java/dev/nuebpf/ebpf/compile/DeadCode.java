package dev.nuebpf.ebpf.compile;

import dev.nuebpf.ebpf.asm.Insn;
import dev.nuebpf.ebpf.asm.Op;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes instructions no path reaches (code after {@code break}, {@code return} or a filter's exit): the verifier
 * rejects a program with unreachable instructions.
 */
final class DeadCode {
    private DeadCode() {}

    static List<Insn.Item> strip(List<Insn.Item> items) {
        Map<String, Integer> labels = new HashMap<>();
        for (int i = 0; i < items.size(); i++) if (items.get(i) instanceof Insn.Label l) labels.put(l.name(), i);
        boolean[] live = new boolean[items.size()];
        Deque<Integer> work = new ArrayDeque<>();
        work.push(0);
        while (!work.isEmpty()) {
            int i = work.pop();
            while (i < items.size() && !live[i]) {
                live[i] = true;
                if (items.get(i) instanceof Insn.Ins ins) {
                    Insn in = ins.insn();
                    int cls = Op.cls(in.opcode());
                    if ((cls == Op.JMP || cls == Op.JMP32) && Op.aluOp(in.opcode()) == Op.EXIT) break;
                    if (in.isJump()) {
                        work.push(labels.get(in.target()));
                        if (Op.aluOp(in.opcode()) == Op.JA && cls == Op.JMP) break;
                    }
                }
                i++;
            }
        }
        List<Insn.Item> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) if (live[i] || items.get(i) instanceof Insn.Label) out.add(items.get(i));
        return out;
    }
}
