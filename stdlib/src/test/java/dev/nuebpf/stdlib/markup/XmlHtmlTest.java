package dev.nuebpf.stdlib.markup;

import static dev.nuebpf.stdlib.testing.V.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.command.ShellException;
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
}
