package dev.nuebpf.ebpf.link;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.nuebpf.ebpf.load.ElfObject;
import dev.nuebpf.ebpf.load.ObjectFormatException;
import dev.nuebpf.ebpf.sys.Fd;
import dev.nuebpf.ebpf.sys.PerfEvent;
import dev.nuebpf.ebpf.sys.PerfEventAttr;
import dev.nuebpf.ebpf.sys.SysException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** uprobe / uretprobe on a symbol of an ELF binary or library, through the uprobe PMU. */
public final class UprobeLink {
    private UprobeLink() {}

    public static Link attach(String binary, String symbol, boolean ret, Fd prog) {
        Path path = resolve(binary);
        long offset = symbolOffset(path, symbol);
        String what = (ret ? "uretprobe " : "uprobe ") + path + ":" + symbol;
        if (!Files.exists(KprobeSupport.UPROBE_PMU.resolve("type")))
            throw new AttachException("this kernel has no uprobe PMU (" + KprobeSupport.UPROBE_PMU + ")",
                    "uprobes need CONFIG_UPROBE_EVENTS and kernel 4.17 or newer");
        Memory p = KprobeLink.cString(path.toString());
        PerfEventAttr attr = PerfEventAttr.probePmu(KprobeSupport.pmuType(KprobeSupport.UPROBE_PMU),
                ret ? KprobeSupport.retprobeBit(KprobeSupport.UPROBE_PMU) : -1, Pointer.nativeValue(p), offset);
        Fd ev;
        try {
            ev = PerfEvent.open(attr, -1, 0);
        } catch (SysException e) {
            throw new AttachException("creating " + what + " failed: " + e.getMessage(), null, e);
        } finally {
            java.lang.ref.Reference.reachabilityFence(p);
        }
        return PerfEventLink.attach(ev, prog, "uprobe PMU at file offset 0x" + Long.toHexString(offset), null);
    }

    static Path resolve(String binary) {
        Path p = Path.of(binary);
        if (p.isAbsolute() || binary.contains("/")) {
            if (!Files.isRegularFile(p)) throw new AttachException("'" + binary + "' is not a file", null);
            return p.toAbsolutePath();
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(":")) {
            Path c = Path.of(dir, binary);
            if (Files.isRegularFile(c)) return c;
        }
        throw new AttachException("'" + binary + "' was not found in PATH", "give the binary's absolute path");
    }

    /** The file offset of a function symbol: its address minus its section's address plus the section's file offset. */
    public static long symbolOffset(Path binary, String symbol) {
        ElfObject elf;
        try {
            elf = ElfObject.parse(Files.readAllBytes(binary));
        } catch (IOException | ObjectFormatException e) {
            throw new AttachException("cannot read ELF symbols of " + binary + ": " + e.getMessage(), null);
        }
        List<String> names = new ArrayList<>();
        for (ElfObject.Symbol s : elf.symbols()) {
            if (s.type() != ElfObject.STT_FUNC || s.section() == 0 || s.section() >= elf.sections().size()) continue;
            names.add(s.name());
            if (!s.name().equals(symbol) && !s.name().startsWith(symbol + "@")) continue;
            ElfObject.Section sec = elf.sections().get(s.section());
            return s.value() - sec.addr() + sec.fileOffset();
        }
        throw new AttachException("symbol '" + symbol + "' not found in " + binary,
                Suggest.didYouMean(Suggest.near(symbol, names, 4)));
    }
}
