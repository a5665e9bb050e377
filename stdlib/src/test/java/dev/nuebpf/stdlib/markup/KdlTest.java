package dev.nuebpf.stdlib.markup;

import static dev.nuebpf.stdlib.testing.V.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.testing.FakeCall;
import org.junit.jupiter.api.Test;

class KdlTest {
    private static Value nodes(String kdl) { return FakeCall.of(new FromKdlCommand()).run(s(kdl)); }

    private static Value jik(String kdl) { return FakeCall.of(new FromKdlCommand()).flag("format", s("jik")).run(s(kdl)); }

    private static Value node(String name, Value args, Value props, Value children) {
        return rec("name", s(name), "args", args, "props", props, "children", children);
    }

    @Test void readsNodeRows() {
        assertEquals(list(node("node", list("a b"), rec("x", i(1)), list(node("child", list(2), rec(), list()))), node("other", list(1), rec(), list())),
                nodes("node \"a b\" x=1 { child 2; }\n// comment\nother /- skipped 1"));
        assertEquals(list(node("node", list(1.5, 16, "raw"), rec(), list())), nodes("node 1.5 0x10 #\"raw\"#"));
        assertEquals(list(node("n", list(true, Value.NOTHING), rec(), list())),
                FakeCall.of(new FromKdlCommand()).flag("spec", i(1)).run(s("n true null")));
        assertThrows(ShellException.class, () -> nodes("node \"unclosed"));
    }

    @Test void readsJsonInKdl() {
        assertEquals(rec("a", i(1), "b", list(1, 2), "c", rec("d", i(1))), jik("- a=1 { b 1 2; c d=1 }"));
        assertEquals(list(1), jik("- { - 1 }"));
        assertEquals(rec("size", new Value.Filesize(1024)), jik("- size=(filesize)1024"));
        assertEquals(list(), jik("(array)-"));
        ShellException e = assertThrows(ShellException.class, () -> jik("- 1\n- 2"));
        assertEquals("Can't convert to JiK value.", e.diagnostic().message());
    }

    @Test void writesJsonInKdlAndRoundTrips() {
        Value v = rec("a", s("hello world"), "b", list(1, 2), "c", rec("d", i(1)), "e", f(1.5), "f", s("x"), "g", s("1"));
        String text = ((Value.Str) FakeCall.of(new ToKdlCommand()).run(v)).value();
        assertEquals("- a=\"hello world\" e=1.5 f=x g=\"1\" {\n    b 1 2\n    c d=1\n}\n", text);
        assertEquals(rec("a", s("hello world"), "e", f(1.5), "f", s("x"), "g", s("1"), "b", list(1, 2), "c", rec("d", i(1))), jik(text));
        assertEquals(s("- {\n    - 1 2\n    (array)- 3\n}\n"), FakeCall.of(new ToKdlCommand()).run(list(list(1, 2), list(3))));
        assertEquals(s("- null false\n"), FakeCall.of(new ToKdlCommand()).flag("spec", i(1)).run(list(Value.NOTHING, false)));
        assertEquals(s("node one x=#true\n"), FakeCall.of(new ToKdlCommand()).run(nodes("node one x=#true")));
    }
}
