package dev.nuebpf.stdlib.markup;

import static dev.nuebpf.stdlib.testing.V.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.testing.FakeCall;
import org.junit.jupiter.api.Test;

class XmlHtmlTest {
    @Test void writesXml() {
        var doc = rec("tag", "note", "attributes", rec("a", "<&\"x"), "content", list("a<b&c", rec("tag", "!", "content", "c")));
        assertEquals(s("<note a=\"&lt;&amp;&quot;x\">a&lt;b&amp;c<!--c--></note>"), FakeCall.of(new ToXmlCommand()).run(doc));
        var nested = rec("tag", "root", "content", list(rec("tag", "a", "content", list()), rec("tag", "b", "content", list("x", "y"))));
        assertEquals(s("<root>\n  <a>\n  </a>\n  <b>xy</b>\n</root>"), FakeCall.of(new ToXmlCommand()).flag("indent", i(2)).run(nested));
        assertEquals(s("<root><a/><b>xy</b></root>"), FakeCall.of(new ToXmlCommand()).sw("self-closed").run(nested));
        assertThrows(ShellException.class, () -> FakeCall.of(new ToXmlCommand()).run(rec("tag", "!", "content", "c")));
        assertThrows(ShellException.class, () -> FakeCall.of(new ToXmlCommand()).run(rec("tag", "root", "content", i(5))));
    }

    @Test void writesHtml() {
        String div = "<div style=\"background-color:white;color:black;\">";
        assertEquals(s(div + "<ol><li>1</li><li>2</li></ol></div>"), FakeCall.of(new ToHtmlCommand()).sw("partial").run(list(1, 2)));
        assertEquals(s(div + "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td></td></tr><tr><td></td><td>a&lt;b</td></tr></tbody></table></div>"),
                FakeCall.of(new ToHtmlCommand()).sw("partial").run(list(rec("a", 1), rec("b", "a<b"))));
        assertEquals(s("<html><style>body { background-color:black;color:white; }</style><body>a<br><b></body></html>"),
                FakeCall.of(new ToHtmlCommand()).sw("dark").sw("raw").run(s("a\n<b>")));
    }

    @Test void readsXml() {
        Value text = rec("tag", Value.NOTHING, "attributes", Value.NOTHING, "content", "Tove & x");
        assertEquals(rec("tag", "note", "attributes", rec("a", "1"), "content", list(rec("tag", "to", "attributes", rec(), "content", list(text)),
                        rec("tag", "e", "attributes", rec(), "content", list()), rec("tag", Value.NOTHING, "attributes", Value.NOTHING, "content", "tail"))),
                FakeCall.of(new FromXmlCommand()).run(s("<?xml version=\"1.0\"?><note a=\"1\">  <to>Tove &amp; x</to>\n <!-- c --><?pi d?><e/> tail </note>")));
        assertEquals(rec("tag", "n", "attributes", rec(), "content", list(rec("tag", "!", "attributes", Value.NOTHING, "content", " c "),
                        rec("tag", "?pi", "attributes", Value.NOTHING, "content", "d"))),
                FakeCall.of(new FromXmlCommand()).sw("keep-comments").sw("keep-pi").run(s("<n><!-- c --><?pi d?></n>")));
        assertThrows(ShellException.class, () -> FakeCall.of(new FromXmlCommand()).run(s("<a>")));
    }
}
