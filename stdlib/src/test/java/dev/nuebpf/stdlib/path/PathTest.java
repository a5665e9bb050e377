package dev.nuebpf.stdlib.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.Nuon;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.testing.FakeCall;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expected NUON texts come from nu 0.115.1. */
class PathTest {
    private static String run(FakeCall c, String inputNuon) { return Nuon.write(c.run(Nuon.parse(inputNuon, Span.UNKNOWN))); }

    @Test void basenameDirname() {
        assertEquals("\"C:\\\\Users\\\\joe\\\\test.txt\"", run(new FakeCall(new PathBasenameCommand()), "'C:\\Users\\joe\\test.txt'"));
        assertEquals("\"spam.png\"", run(new FakeCall(new PathBasenameCommand()).flag("replace", Value.of("spam.png")), "'C:\\Users\\joe\\test.txt'"));
        assertEquals("[joe, doe]", run(new FakeCall(new PathBasenameCommand()), "[/home/joe, /home/doe/]"));
        assertEquals("[\"\", \"\"]", run(new FakeCall(new PathBasenameCommand()), "[/, a/b/..]"));
        assertEquals("\"/home/joe/spam.png\"", run(new FakeCall(new PathBasenameCommand()).flag("replace", Value.of("spam.png")), "/home/joe/test.txt"));
        assertEquals("\"/home/joe/code\"", run(new FakeCall(new PathDirnameCommand()), "/home/joe/code/test.txt"));
        assertEquals("\"\"", run(new FakeCall(new PathDirnameCommand()), "'C:\\Users\\joe\\code\\test.txt'"));
        assertEquals("\"C:\\\\Users\\\\viking/C:\\\\Users\\\\joe\\\\code\\\\test.txt\"", run(new FakeCall(new PathDirnameCommand())
                .flag("num-levels", Value.of(2L)).flag("replace", Value.of("C:\\Users\\viking")), "'C:\\Users\\joe\\code\\test.txt'"));
        assertEquals("\"/home/viking/code/test.txt\"", run(new FakeCall(new PathDirnameCommand())
                .flag("num-levels", Value.of(2L)).flag("replace", Value.of("/home/viking")), "/home/joe/code/test.txt"));
        assertEquals("[/, \"\"]", run(new FakeCall(new PathDirnameCommand()).flag("num-levels", Value.of(5L)), "[/a/b, a/b]"));
    }

    @Test void joinSplitParse() {
        assertEquals("\"/home/viking/../folder\"", run(new FakeCall(new PathJoinCommand()).rest(Value.of("..")).rest(Value.of("folder")), "/home/viking"));
        assertEquals("\"/folder\"", run(new FakeCall(new PathJoinCommand()).rest(Value.of("/")).rest(Value.of("folder")), "'C:\\Users\\viking'"));
        assertEquals("\"C:/\\\\/Users/viking/spam.txt\"", run(new FakeCall(new PathJoinCommand()), "['C:', '\\', Users, viking, spam.txt]"));
        assertEquals("[\"C:\\\\Users\\\\viking/spam.txt\"]", run(new FakeCall(new PathJoinCommand()),
                "[[parent, stem, extension]; ['C:\\Users\\viking', spam, txt]]"));
        assertEquals("\"a/\"", run(new FakeCall(new PathJoinCommand()).rest(Value.of("")), "a"));
        assertEquals("[/, home, viking, \"spam.txt\"]", run(new FakeCall(new PathSplitCommand()), "/home/viking/spam.txt"));
        assertEquals("[[\".\", a, \"..\", b], [a, b, c]]", run(new FakeCall(new PathSplitCommand()), "[./a/../b, a//b/./c/]"));
        assertEquals("{parent: \"\", stem: \"C:\\\\Users\\\\viking\\\\spam\", extension: txt}",
                run(new FakeCall(new PathParseCommand()), "'C:\\Users\\viking\\spam.txt'"));
        assertEquals("{parent: /home/viking, stem: spam, extension: \"tar.gz\"}",
                run(new FakeCall(new PathParseCommand()).flag("extension", Value.of("tar.gz")), "/home/viking/spam.tar.gz"));
        assertEquals("{parent: /etc, stem: \"conf.d\", extension: \"\"}", run(new FakeCall(new PathParseCommand()).flag("extension", Value.of("")), "/etc/conf.d"));
        assertEquals("[[parent, stem, extension]; [\"\", \".bashrc\", \"\"], [/a, b, \"\"]]", run(new FakeCall(new PathParseCommand()), "[.bashrc, /a/b/]"));
    }

    @Test void fileSystem(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("d"));
        Files.writeString(dir.resolve("f.txt"), "x");
        FakeCall type = new FakeCall(new PathTypeCommand(), dir);
        assertEquals("[dir, file, null]", Nuon.write(type.run(Nuon.parse("[d, f.txt, nope]", Span.UNKNOWN))));
        assertEquals("[true, false]", Nuon.write(new FakeCall(new PathExistsCommand(), dir).run(Nuon.parse("[f.txt, nope]", Span.UNKNOWN))));
        assertEquals(Value.of(dir.toRealPath().resolve("d").toString()), new FakeCall(new PathExpandCommand(), dir).run(Value.of("d/../d/./")));
        assertEquals("\"viking\"", run(new FakeCall(new PathRelativeToCommand()).pos(Value.of("/home")), "/home/viking"));
        assertEquals("\"\"", run(new FakeCall(new PathRelativeToCommand()).pos(Value.of("/home")), "/home"));
        assertThrows(ShellException.class, () -> run(new FakeCall(new PathRelativeToCommand()).pos(Value.of("/usr")), "/home/viking"));
        assertThrows(ShellException.class, () -> run(new FakeCall(new PathBasenameCommand()), "1"));
    }
}
