package dev.nuebpf.ebpf.asm;

import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.ebpf.compile.MapType;
import dev.nuebpf.ebpf.probe.ProgType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Helper, map type and program type numbers agree with the installed include/uapi/linux/bpf.h (verified, not assumed). */
class LinuxHeaderConstantsTest {
    static final Path HEADER = Path.of("/usr/include/linux/bpf.h");

    static String header() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(HEADER), "no " + HEADER + " (apt-get install -y linux-libc-dev)");
        return Files.readString(HEADER);
    }

    /** {@code FN(name)} entries of the helper mapper in order (old headers) or {@code FN(name, id, ...)} (new ones). */
    static Map<String, Integer> helpers(String h) {
        int start = h.indexOf("FN(unspec");
        Map<String, Integer> out = new HashMap<>();
        Matcher m = Pattern.compile("FN\\((\\w+)(?:,\\s*(\\d+))?[^)]*\\)").matcher(h.substring(start));
        int index = 0;
        while (m.find()) {
            out.putIfAbsent(m.group(1), m.group(2) != null ? Integer.parseInt(m.group(2)) : index);
            index++;
        }
        return out;
    }

    /** The members of {@code enum <name>} with their values. */
    static Map<String, Integer> enumValues(String h, String name) {
        int start = h.indexOf("enum " + name + " {");
        String body = h.substring(start, h.indexOf("};", start));
        Map<String, Integer> out = new HashMap<>();
        int next = 0;
        for (String line : body.split("\n")) {
            Matcher m = Pattern.compile("^\\s*(BPF_\\w+)\\s*(?:=\\s*(\\w+))?\\s*,").matcher(line);
            if (!m.find()) continue;
            int v = m.group(2) == null ? next : m.group(2).matches("\\d+") ? Integer.parseInt(m.group(2)) : out.get(m.group(2));
            out.put(m.group(1), v);
            next = v + 1;
        }
        return out;
    }

    @Test void helperIds() throws Exception {
        Map<String, Integer> ids = helpers(header());
        for (HelperFunc f : HelperFunc.values()) assertEquals(ids.get(f.name().toLowerCase()), f.id, f.name());
    }

    @Test void mapAndProgramTypes() throws Exception {
        String h = header();
        Map<String, Integer> maps = enumValues(h, "bpf_map_type"), progs = enumValues(h, "bpf_prog_type");
        for (MapType t : MapType.values()) assertEquals(maps.get("BPF_MAP_TYPE_" + t.name()), t.id, t.name());
        for (ProgType t : ProgType.values()) assertEquals(progs.get("BPF_PROG_TYPE_" + t.name()), t.id, t.name());
    }
}
