package dev.nuebpf.stdlib.web;

import static dev.nuebpf.stdlib.testing.V.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.testing.FakeCall;
import org.junit.jupiter.api.Test;

class WebCommandsTest {
    @Test void hashesStringsAndBinaries() {
        assertEquals(s("900150983cd24fb0d6963f7d28e17f72"), FakeCall.of(new HashCommand("md5")).run(s("abc")));
        assertEquals(s("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                FakeCall.of(new HashCommand("sha256")).run(new Value.Binary("abc".getBytes())));
        Value bin = FakeCall.of(new HashCommand("md5")).sw("binary").run(s("abc"));
        assertEquals(16, assertInstanceOf(Value.Binary.class, bin).bytes().length);
        assertThrows(ShellException.class, () -> FakeCall.of(new HashCommand("md5")).run(i(1)));
    }

    @Test void urlEncodeKeepsOnlyWhatNuKeeps() {
        assertEquals(s("a%2Db%5F%7E./:%C3%A9"), FakeCall.of(new UrlEncodeCommand()).run(s("a-b_~./:é")));
        assertEquals(s("a%2Db%2E%2F%3A"), FakeCall.of(new UrlEncodeCommand()).sw("all").run(s("a-b./:")));
    }

    @Test void urlDecodeLeavesMalformedEscapesAndRejectsNonUtf8() {
        assertEquals(s("a+b c%zz%"), FakeCall.of(new UrlDecodeCommand()).run(s("a+b%20c%zz%")));
        var e = assertThrows(ShellException.class, () -> FakeCall.of(new UrlDecodeCommand()).run(s("%ff")));
        assertEquals("nu::parser::non_utf8_custom", e.diagnostic().code());
        assertEquals(new Value.Binary(new byte[] {(byte) 0xFF}), FakeCall.of(new UrlDecodeCommand()).sw("binary").run(s("%ff")));
    }

    @Test void queriesRoundTrip() {
        Record r = rec("a b", "x~*-._y!", "n", i(1), "l", list("p", "q"));
        Value q = FakeCall.of(new UrlBuildQueryCommand()).run(r);
        assertEquals(s("a+b=x%7E*-._y%21&n=1&l=p&l=q"), q);
        assertEquals(list(rec("key", "a b", "value", "x~*-._y!"), rec("key", "n", "value", "1"), rec("key", "l", "value", "p"), rec("key", "l", "value", "q")),
                FakeCall.of(new UrlSplitQueryCommand()).run(q));
        assertThrows(ShellException.class, () -> FakeCall.of(new UrlBuildQueryCommand()).run(rec("a", rec("b", i(1)))));
    }

    @Test void parseDropsDefaultPortsAndJoinRebuilds() {
        Value p = FakeCall.of(new UrlParseCommand()).run(s("https://u:pw@Example.com:443/a/../b?x=1#f"));
        Record r = assertInstanceOf(Record.class, p);
        assertEquals(s("example.com"), r.get("host"));
        assertEquals(s(""), r.get("port"));
        assertEquals(s("/b"), r.get("path"));
        assertEquals(s("u"), r.get("username"));
        assertThrows(ShellException.class, () -> FakeCall.of(new UrlParseCommand()).run(s("foo")));
        Value joined = FakeCall.of(new UrlJoinCommand()).run(r.without("params"));
        assertEquals(s("https://u:pw@example.com/b?x=1#f"), joined);
        var e = assertThrows(ShellException.class, () -> FakeCall.of(new UrlJoinCommand()).run(rec("scheme", "http")));
        assertEquals("nu::shell::missing_parameter", e.diagnostic().code());
        e = assertThrows(ShellException.class, () -> FakeCall.of(new UrlJoinCommand()).run(rec("scheme", "http", "host", "h", "port", "aaaa")));
        assertEquals("nu::shell::incompatible_parameters", e.diagnostic().code());
        assertEquals(s("http://h??a=1"), FakeCall.of(new UrlJoinCommand()).run(rec("scheme", "http", "host", "h", "params", rec("a", i(1)), "query", "?a=1")));
        Record file = assertInstanceOf(Record.class, FakeCall.of(new UrlParseCommand()).run(s("file:///tmp/a b")));
        assertEquals(s("/tmp/a%20b"), file.get("path"));
    }
}
