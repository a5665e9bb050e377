package dev.nuebpf.ebpf.compile;

import static dev.nuebpf.ebpf.asm.Reg.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.ebpf.asm.Asm;
import dev.nuebpf.ebpf.asm.Assembler;
import dev.nuebpf.ebpf.asm.HelperFunc;
import dev.nuebpf.ebpf.asm.Insn;
import dev.nuebpf.ebpf.asm.Op;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hand-assembled program written by ObjectWriter loads through the kernel verifier (checks ELF/BTF layout alone). */
class ObjectWriterSmokeTest {
    @TempDir Path tmp;

    @Test void handWrittenRingbufProgramLoads() throws Exception {
        List<Insn.Item> items = new ArrayList<>();
        for (Insn in : List.of(
                Asm.mov(R6, R1),
                Asm.call(HelperFunc.GET_CURRENT_PID_TGID),
                Asm.aluImm(Op.RSH, R0, 32),
                Asm.stx(Op.DW, FP, -8, R0),
                Asm.ldMap(R1, "events"),
                Asm.mov(R2, FP),
                Asm.aluImm(Op.ADD, R2, -8),
                Asm.movImm(R3, 8),
                Asm.movImm(R4, 0),
                Asm.call(HelperFunc.RINGBUF_OUTPUT),
                Asm.movImm(R0, 0),
                Asm.exit())) items.add(new Insn.Ins(in));
        Assembler.Program p = Assembler.assemble(items);
        List<MapSpec> maps = List.of(new MapSpec("events", MapType.RINGBUF, 0, 0, 4096 * 64, MapRole.EVENTS),
                new MapSpec("counters", MapType.HASH, 8, 8, 1024, MapRole.COUNTERS));
        byte[] elf = ObjectWriter.write("kprobe/ksys_read", "nu_probe", p, maps, List.of(new LineInfo(0, 1, 1, null)), "t.nu");
        Path f = tmp.resolve("probe.elf");
        Files.write(f, elf);
        BpfTool.assumeKernelLoad();
        BpfTool.Result r = BpfTool.loadAll(f);
        assertEquals(0, r.exit(), r.output());
    }
}
