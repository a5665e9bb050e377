package dev.nuebpf.stdlib.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.Nuon;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.testing.FakeCall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemTest {
    @TempDir Path dir;

    private FakeCall call(dev.nuebpf.command.Command c) { return new FakeCall(c, dir); }

    @Test void saveAndOpenByExtension() throws Exception {
        Value data = Nuon.parse("[[a, b]; [1, x], [2, y]]", Span.UNKNOWN);
        for (String ext : List.of("json", "nuon", "csv", "yaml", "tsv")) {
            call(new SaveCommand()).pos(Value.of("t." + ext)).run(data);
            assertEquals(data, call(new OpenCommand()).rest(Value.of("t." + ext)).run(null), ext);
        }
        assertEquals("[\n  {\n    \"a\": 1,\n    \"b\": \"x\"\n  },\n  {\n    \"a\": 2,\n    \"b\": \"y\"\n  }\n]", Files.readString(dir.resolve("t.json")));
        assertEquals(Value.of(Files.readString(dir.resolve("t.json"))), call(new OpenCommand()).rest(Value.of("t.json")).sw("raw").run(null));
        assertThrows(ShellException.class, () -> call(new SaveCommand()).pos(Value.of("t.json")).run(data));
        call(new SaveCommand()).pos(Value.of("t.txt")).run(Value.of("a"));
        call(new SaveCommand()).pos(Value.of("t.txt")).sw("append").run(Value.of("b"));
        assertEquals(Value.of("ab"), call(new OpenCommand()).rest(Value.of("t.txt")).run(null));
        call(new SaveCommand()).pos(Value.of("c.md")).run(data);
        assertEquals("| a | b |\n| --- | --- |\n| 1 | x |\n| 2 | y |", Files.readString(dir.resolve("c.md")));
        assertThrows(ShellException.class, () -> call(new SaveCommand()).pos(Value.of("raw.json")).sw("raw").run(data));
        call(new SaveCommand()).pos(Value.of("l.txt")).run(Nuon.parse("[1, 2]", Span.UNKNOWN));
        assertEquals("1\n2\n", Files.readString(dir.resolve("l.txt")));
        call(new SaveCommand()).pos(Value.of("c.toml")).run(Record.of("a", Value.of(1L)));
        assertEquals(Record.of("a", Value.of(1L)), call(new OpenCommand()).rest(Value.of("c.toml")).run(null));
        ShellException e = assertThrows(ShellException.class, () -> call(new OpenCommand()).rest(Value.of("missing.json")).run(null));
        assertEquals("nu::shell::io::not_found", e.diagnostic().code());
    }

    @Test void directoriesAndFiles() throws Exception {
        call(new MkdirCommand()).rest(Value.of("a/b/c")).run(null);
        assertTrue(Files.isDirectory(dir.resolve("a/b/c")));
        call(new TouchCommand()).rest(Value.of("a/f.txt")).rest(Value.of("a/g.rs")).run(null);
        call(new CpCommand()).rest(Value.of("a/f.txt")).rest(Value.of("a/b")).run(null);
        assertTrue(Files.exists(dir.resolve("a/b/f.txt")));
        call(new MvCommand()).rest(Value.of("a/g.rs")).rest(Value.of("a/h.rs")).run(null);
        assertFalse(Files.exists(dir.resolve("a/g.rs")));
        Value ls = call(new LsCommand()).rest(Value.of("a")).run(null);
        List<Value> rows = ((Value.ListV) ls).items();
        assertEquals(List.of("a/b", "a/f.txt", "a/h.rs"), rows.stream().map(r -> ((Value.Str) ((Record) r).get("name")).value()).toList());
        assertEquals(Value.of("dir"), ((Record) rows.get(0)).get("type"));
        assertEquals(List.of("name", "type", "size", "modified"), ((Record) rows.get(0)).keys());
        Value glob = call(new GlobCommand()).pos(Value.of("**/*.txt")).run(null);
        assertEquals(Nuon.parse("[\"" + dir.resolve("a/b/f.txt") + "\", \"" + dir.resolve("a/f.txt") + "\"]", Span.UNKNOWN), glob);
        Value lsGlob = call(new LsCommand()).rest(Value.of("a/*.rs")).run(null);
        assertEquals(Value.of("a/h.rs"), ((Record) ((Value.ListV) lsGlob).items().get(0)).get("name"));
        assertThrows(ShellException.class, () -> call(new RmCommand()).rest(Value.of("a")).run(null));
        call(new RmCommand()).rest(Value.of("a/*.rs")).run(null);
        assertFalse(Files.exists(dir.resolve("a/h.rs")));
        call(new RmCommand()).rest(Value.of("a")).sw("recursive").run(null);
        assertFalse(Files.exists(dir.resolve("a")));
        call(new RmCommand()).rest(Value.of("nothing-here")).sw("force").run(null);
    }

    @Test void cdAndPwd() throws Exception {
        Files.createDirectory(dir.resolve("sub"));
        FakeCall cd = call(new CdCommand()).pos(Value.of("sub"));
        cd.run(null);
        assertEquals(Value.of(dir.resolve("sub").toString()), cd.fakeEngine().env("PWD"));
        assertEquals(Value.of(dir.toString()), cd.fakeEngine().env("OLDPWD"));
        assertEquals(Value.of(dir.toString()), call(new PwdCommand()).run(null));
        assertThrows(ShellException.class, () -> call(new CdCommand()).pos(Value.of("nope")).run(null));
    }

    @Test void which() {
        Value r = call(new WhichCommand()).rest(Value.of("sh")).run(null);
        assertEquals(Value.of("external"), ((Record) ((Value.ListV) r).items().get(0)).get("type"));
        assertEquals(new Value.ListV(List.of()), call(new WhichCommand()).rest(Value.of("no-such-program-xyz")).run(null));
    }
}
