package dev.nuebpf.ebpf.compile;

import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.diag.Span;
import dev.nuebpf.ebpf.elf.ElfReader;
import dev.nuebpf.ebpf.probe.ProbeSpec;
import dev.nuebpf.ebpf.probe.ProgramTarget;
import dev.nuebpf.runtime.Value;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every closure of probes/corpus.nu compiles; its object has the expected sections (our ELF reader and
 * {@code readelf -S}), types ({@code bpftool btf dump file}), and loads through the kernel verifier
 * ({@code bpftool prog loadall}). Tool-based checks skip with a reason when the tool (or root) is missing.
 */
class ProbeCorpusTest {
    @TempDir static Path tmp;

    record Entry(String name, String spec, boolean perf, Map<String, Value> captures, String source) {}

    static List<Entry> corpus() throws IOException {
        String text;
        try (InputStream in = ProbeCorpusTest.class.getResourceAsStream("/probes/corpus.nu")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Entry> out = new ArrayList<>();
        String[] parts = text.split("(?m)^## ");
        for (int i = 1; i < parts.length; i++) {
            int nl = parts[i].indexOf('\n');
            String[] head = parts[i].substring(0, nl).split("\\|");
            boolean perf = false;
            Map<String, Value> caps = new HashMap<>();
            for (int k = 2; k < head.length; k++) {
                String h = head[k].strip();
                if (h.equals("perf")) perf = true;
                else if (h.startsWith("captures:")) for (String kv : h.substring(9).strip().split("\\s+")) caps.put(kv.split("=")[0], value(kv.split("=")[1]));
            }
            out.add(new Entry(head[0].strip(), head[1].strip(), perf, caps, parts[i].substring(nl + 1).strip()));
        }
        return out;
    }

    private static Value value(String s) {
        if (s.equals("true") || s.equals("false")) return Value.of(Boolean.parseBoolean(s));
        try {
            return Value.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Value.of(s);
        }
    }

    static CompiledProbe compile(Entry e) {
        ProgramTarget t = ProbeSpec.parse(e.spec(), Span.UNKNOWN).defaultTarget();
        CompileOptions o = e.perf() ? CompileOptions.DEFAULT.withEventsMap(MapType.PERF_EVENT_ARRAY) : CompileOptions.DEFAULT;
        try {
            return ProbeCompiler.compile(t, TestProbes.closure(e.source(), e.captures()), o);
        } catch (dev.nuebpf.command.ShellException x) {
            throw new AssertionError(e.name() + ": " + TestProbes.render(x.diagnostic()), x);
        }
    }

    @Test void corpusIsLargeAndCoversEveryHelperAndProbeType() throws IOException {
        List<Entry> c = corpus();
        assertTrue(c.size() >= 60, "corpus has " + c.size() + " entries");
        String all = String.join("\n", c.stream().map(Entry::source).toList());
        for (var h : dev.nuebpf.ebpf.helpers.HelperRegistry.all()) assertTrue(all.contains(h.name()), "no corpus entry uses " + h.name());
        for (String kind : List.of("kprobe:", "kretprobe:", "tracepoint:", "raw_tracepoint:", "uprobe:", "uretprobe:"))
            assertTrue(c.stream().anyMatch(e -> e.spec().startsWith(kind)), "no corpus entry for " + kind);
    }

    @TestFactory Stream<DynamicTest> eachProbeCompilesAndHasItsSections() throws IOException {
        return corpus().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            CompiledProbe p = compile(e);
            ElfReader elf = new ElfReader(p.elf());
            assertEquals(247, elf.machine);
            assertNotNull(elf.section(p.sectionName()), "program section " + p.sectionName());
            assertNotNull(elf.section("license"));
            assertNotNull(elf.section(".BTF"));
            assertNotNull(elf.section(".BTF.ext"));
            assertEquals(!p.maps().isEmpty(), elf.section(".maps") != null);
            assertEquals(!p.maps().isEmpty(), elf.section(".rel" + p.sectionName()) != null);
            assertTrue(p.instructionCount() > 2);
            assertFalse(p.lines().isEmpty());
            assertEquals(0, p.lines().get(0).insn());
        }));
    }

    @TestFactory Stream<DynamicTest> eachProbeShowsInReadelfAndBpftool() throws IOException {
        return corpus().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            BpfTool.need(BpfTool.has("readelf") && BpfTool.has("bpftool"), "readelf or bpftool missing (apt-get install -y binutils bpftool)");
            CompiledProbe p = compile(e);
            Path f = write(e, p);
            BpfTool.Result s = BpfTool.run("readelf", "-S", "-W", f.toString());
            assertEquals(0, s.exit(), s.output());
            for (String sec : List.of(p.sectionName(), "license", ".BTF", ".BTF.ext", ".symtab", ".strtab"))
                assertTrue(s.output().contains(sec), "readelf lacks " + sec + ":\n" + s.output());
            BpfTool.Result b = BpfTool.run(BpfTool.bpftool(), "btf", "dump", "file", f.toString());
            assertEquals(0, b.exit(), b.output());
            assertTrue(b.output().contains("FUNC 'nu_probe'"), b.output());
            for (MapSpec m : p.maps()) assertTrue(b.output().contains("VAR '" + m.name() + "'"), b.output());
            if (!p.maps().isEmpty()) assertTrue(b.output().contains("DATASEC '.maps'"), b.output());
        }));
    }

    @TestFactory Stream<DynamicTest> eachProbePassesTheKernelVerifier() throws IOException {
        return corpus().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            BpfTool.assumeKernelLoad();
            CompiledProbe p = compile(e);
            Path f = write(e, p);
            BpfTool.Result r = BpfTool.loadAll(f);
            assertEquals(0, r.exit(), () -> e.name() + " rejected:\n" + r.output() + "\n--- disassembly ---\n" + p.disassembly());
        }));
    }

    private static Path write(Entry e, CompiledProbe p) throws IOException {
        Path f = tmp.resolve(e.name() + ".elf");
        Files.write(f, p.elf());
        return f;
    }
}
