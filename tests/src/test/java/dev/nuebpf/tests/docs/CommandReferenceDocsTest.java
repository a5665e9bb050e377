package dev.nuebpf.tests.docs;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/commands/ must be what the current signatures and examples generate (run bin/update-command-docs). */
class CommandReferenceDocsTest {
    static final Path DIR = Path.of("..", "docs", "commands");

    @Test
    void committedPagesMatchTheSignatures() throws IOException {
        if ("1".equals(System.getenv("NU_EBPF_UPDATE_DOCS"))) CommandReference.main(new String[] {DIR.toString()});
        assertTrue(Files.isDirectory(DIR), "docs/commands is missing: run bin/update-command-docs");
        Map<String, String> pages = CommandReference.pages();
        List<String> stale = new ArrayList<>();
        for (var e : pages.entrySet()) {
            Path p = DIR.resolve(e.getKey());
            if (!Files.exists(p) || !Files.readString(p).equals(e.getValue())) stale.add(e.getKey());
        }
        Set<String> extra = new TreeSet<>();
        try (var files = Files.list(DIR)) {
            for (Path p : files.toList()) if (!pages.containsKey(p.getFileName().toString())) extra.add(p.getFileName().toString());
        }
        assertTrue(stale.isEmpty() && extra.isEmpty(), () -> "docs/commands is out of date (run bin/update-command-docs): "
                + stale.size() + " pages differ or are missing " + stale.subList(0, Math.min(10, stale.size()))
                + ", " + extra.size() + " pages have no command " + extra);
    }

    @Test
    void aPageShowsSignatureFlagsAndExamples() {
        String page = CommandReference.pages().get("str_upcase.md");
        assertNotNull(page, "str upcase has a page");
        assertTrue(page.startsWith("# `str upcase`\n"), page);
        assertTrue(page.contains("## Signature\n\n```nu\nstr upcase"), page);
        assertTrue(page.contains("## Examples"), page);
    }
}
