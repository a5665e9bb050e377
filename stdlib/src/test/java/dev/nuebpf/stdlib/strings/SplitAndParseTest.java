package dev.nuebpf.stdlib.strings;

import static dev.nuebpf.stdlib.testing.V.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.testing.FakeCall;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitAndParseTest {
    @Test void join() {
        assertEquals(s("nu-shell"), FakeCall.of(new StrJoinCommand()).pos(s("-")).run(list("nu", "shell")));
        assertEquals(s("1,,2.5,true"), FakeCall.of(new StrJoinCommand()).pos(s(",")).run(list(1, null, 2.5, true)));
        assertEquals(s("abc"), FakeCall.of(new StrJoinCommand()).pos(s("-")).run(s("abc")));
        assertEquals(s(""), FakeCall.of(new StrJoinCommand()).run(list()));
        PipelineData joined = FakeCall.of(new StrJoinCommand()).pos(s(".")).runData(PipelineData.stream(List.<Value>of(s("a"), i(1), s("ü")).iterator(), null));
        assertInstanceOf(PipelineData.ByteStream.class, joined);
        assertEquals(s("a.1.ü"), joined.collect());
    }

    @Test void splitRow() {
        assertEquals(list("", "a", "b", "c", ""), FakeCall.of(new SplitRowCommand()).pos(s("")).run(s("abc")));
        assertEquals(list("", "a", "b", "c", ""), FakeCall.of(new SplitRowCommand()).pos(s("-")).run(s("-a-b-c-")));
        assertEquals(list("a", "b", "c"), FakeCall.of(new SplitRowCommand()).pos(s("\\s+")).sw("regex").run(s("a   b       c")));
        assertEquals(list("a", "b-c"), FakeCall.of(new SplitRowCommand()).pos(s("-")).flag("number", i(2)).run(s("a-b-c")));
        assertEquals(list("a-b", "c"), FakeCall.of(new SplitRowCommand()).pos(s("-")).flag("number", i(2)).sw("right").run(s("a-b-c")));
        assertEquals(list(), FakeCall.of(new SplitRowCommand()).pos(s(",")).flag("number", i(0)).sw("right").run(s("x")));
        assertThrows(ShellException.class, () -> FakeCall.of(new SplitRowCommand()).pos(s(",")).flag("number", i(-1)).run(s("x")));
        assertEquals(list("a", "b", "c", "d"), FakeCall.of(new SplitRowCommand()).pos(s(" ")).run(list("a b", "c d")));
        assertEquals(list("", "a", "b"), FakeCall.of(new SplitRowCommand()).pos(s("[A-Z]")).sw("regex").run(s("AaBb")));
        var bytes = new PipelineData.ByteStream(new ByteArrayInputStream("a b\nc d".getBytes(StandardCharsets.UTF_8)), null, null);
        assertEquals(list("a", "b\nc", "d"), FakeCall.of(new SplitRowCommand()).pos(s(" ")).runData(bytes).collect());
    }

    @Test void splitColumn() {
        assertEquals(list(rec("column0", "a", "column1", "b", "column2", "c")), FakeCall.of(new SplitColumnCommand()).pos(s("--")).run(s("a--b--c")));
        assertEquals(list(rec("column0", "a", "column1", "b", "column2", "c")),
                FakeCall.of(new SplitColumnCommand()).pos(s("")).sw("collapse-empty").run(s("abc")));
        assertEquals(list(rec("key", "title", "value", "Where's Ellie?: A Hide-and-Seek Book")),
                FakeCall.of(new SplitColumnCommand()).pos(s(": ")).rest(s("key"), s("value")).flag("number", i(2))
                        .run(list("title: Where's Ellie?: A Hide-and-Seek Book")));
        assertEquals(list(rec("x", "a")), FakeCall.of(new SplitColumnCommand()).pos(s(" ")).rest(s("x")).run(s("a b")));
        assertEquals(list(rec("column0", "a b", "column1", "c")),
                FakeCall.of(new SplitColumnCommand()).pos(s(" ")).flag("number", i(2)).sw("right").run(s("a b c")));
        assertEquals(list(rec()), FakeCall.of(new SplitColumnCommand()).pos(s(",")).flag("number", i(0)).sw("right").run(s("x")));
    }

    @Test void charsWords() {
        assertEquals(list("e", "\u0301"), FakeCall.of(new SplitCharsCommand()).run(s("e\u0301")));
        assertEquals(list("🇯🇵", "ほ", "げ"), FakeCall.of(new SplitCharsCommand()).sw("grapheme-clusters").run(s("🇯🇵ほげ")));
        assertEquals(list(list("h", "i"), list("y", "o")), FakeCall.of(new SplitCharsCommand()).run(list("hi", "yo")));
        assertEquals(list("hello", "world", "it's", "3", "o'clock"), FakeCall.of(new SplitWordsCommand()).run(s("hello, world! it's 3 o'clock")));
        assertEquals(list("a", "b", "c", "d", "e2f"), FakeCall.of(new SplitWordsCommand()).run(s("a-b c_d e2f")));
        assertEquals(list("hello", "the", "world"), FakeCall.of(new SplitWordsCommand()).flag("min-word-length", i(3)).run(s("hello to the world")));
    }

    @Test void lines() {
        assertEquals(list("a", "b", "", "c"), FakeCall.of(new LinesCommand()).run(s("a\nb\n\nc\n")));
        assertEquals(list("a", "b"), FakeCall.of(new LinesCommand()).run(s("a\r\nb")));
        assertEquals(list("a", "", "b"), FakeCall.of(new LinesCommand()).sw("skip-empty").run(s("a\n\nb\n")));
        assertEquals(list(), FakeCall.of(new LinesCommand()).run(s("")));
        Iterator<Value> src = List.<Value>of(s("a"), s("b\nc"), s("")).iterator();
        assertEquals(list("a", "b", "c"), FakeCall.of(new LinesCommand()).sw("skip-empty").runData(PipelineData.stream(src, null)).collect());
        var bytes = new PipelineData.ByteStream(new ByteArrayInputStream("x\r\ny\n".getBytes(StandardCharsets.UTF_8)), null, null);
        assertEquals(list("x", "y"), FakeCall.of(new LinesCommand()).runData(bytes).collect());
        assertThrows(ShellException.class, () -> FakeCall.of(new LinesCommand()).run(i(1)));
    }

    @Test void parse() {
        assertEquals(list(rec("foo", "hi", "bar", "there")), FakeCall.of(new ParseCommand()).pos(s("{foo} {bar}")).run(s("hi there")));
        assertEquals(list(rec("foo", "hello")), FakeCall.of(new ParseCommand()).pos(s("{foo} {_}")).run(s("hello world")));
        assertEquals(list(rec("x", "a", "y", "b c\nd e f")), FakeCall.of(new ParseCommand()).pos(s("{x} {y}")).run(s("a b c\nd e f")));
        assertEquals(list(rec("x", "", "y", "ab")), FakeCall.of(new ParseCommand()).pos(s("{x}{y}")).run(s("ab")));
        assertEquals(list(rec("name", "123")), FakeCall.of(new ParseCommand()).pos(s("{{abc}{name}")).run(s("{abc}123")));
        assertEquals(list(rec("name", "123")), FakeCall.of(new ParseCommand()).pos(s("(abc){name}")).run(s("(abc)123")));
        assertEquals(list(rec("foo", "hello")), FakeCall.of(new ParseCommand()).pos(s("{{foo}")).run(s("{hello")));
        assertEquals(list(rec("foo", "foo}")), FakeCall.of(new ParseCommand()).pos(s("{{foo}")).run(s("{foo}")));
        assertEquals(list(), FakeCall.of(new ParseCommand()).pos(s("{{foo}x")).run(s("{hellox")));
        assertEquals(list(rec("a", "1234", "b", "56")), FakeCall.of(new ParseCommand()).pos(s("{a}{{b}")).run(s("1234{56")));
        assertEquals(list(rec()), FakeCall.of(new ParseCommand()).pos(s("a{{b}c")).run(s("a{b}c")));
        assertEquals(list(rec("b", "b")), FakeCall.of(new ParseCommand()).pos(s("a{{{b}}c")).run(s("a{b}c")));
        assertEquals(list(rec("bar", "123")), FakeCall.of(new ParseCommand()).pos(s("{{foo}x{bar}")).run(s("{foo}x123")));
        assertEquals(list(), FakeCall.of(new ParseCommand()).pos(s("{{foo}")).run(s("hello")));
        assertEquals(list(rec("my_col", "v")), FakeCall.of(new ParseCommand()).pos(s("k={my_col}")).run(s("k=v")));
        assertEquals(list(rec("level", "INFO", "entry", "all is well"), rec("level", "ERROR", "entry", "something bad happened")),
                FakeCall.of(new ParseCommand()).pos(s("{_}:{level}:{_}:{entry}"))
                        .run(list("1:INFO:component:all is well", "2:ERROR::something bad happened")));
        assertEquals(list(rec("foo", "hi", "bar", "there")),
                FakeCall.of(new ParseCommand()).pos(s("(?s)\\A(?P<foo>.*?) (?P<bar>.*?)\\z")).sw("regex").run(s("hi there")));
        assertEquals(list(rec("name", "bar")), FakeCall.of(new ParseCommand()).pos(s("\\s*(?<name>\\w+)(?=\\.)")).sw("regex").run(s("foo bar.")));
        assertEquals(list(rec("capture0", null, "capture1", "foo"), rec("capture0", "bar", "capture1", null)),
                FakeCall.of(new ParseCommand()).pos(s("(\\w+)(?=\\.)|(\\w+)(?=!)")).sw("regex").run(s("foo! bar.")));
        assertEquals(list(rec("a", "1", "capture1", "2")), FakeCall.of(new ParseCommand()).pos(s("(?<a>\\d) (\\d)")).sw("regex").run(s("1 2 3")));
        assertThrows(ShellException.class, () -> FakeCall.of(new ParseCommand()).pos(s("(abc){name")).run(s("(abc)123")));
        var bytes = new PipelineData.ByteStream(new ByteArrayInputStream("x=1\ny=2".getBytes(StandardCharsets.UTF_8)), null, null);
        assertEquals(list(rec("k", "x", "v", "1\ny=2")), FakeCall.of(new ParseCommand()).pos(s("{k}={v}")).runData(bytes).collect());
    }

    @Test void caseStyles() {
        assertEquals("nuShell", CaseStyle.CAMEL.apply("NuShell"));
        assertEquals("thisIsTheSecondCase", CaseStyle.CAMEL.apply("this_is_the_second_case"));
        assertEquals("this-is-the-first-case", CaseStyle.KEBAB.apply("thisIsTheFirstCase"));
        assertEquals("this-is-the-second-case", CaseStyle.KEBAB.apply("THIS_IS_THE_SECOND_CASE"));
        assertEquals("NuShell", CaseStyle.PASCAL.apply("nu-shell"));
        assertEquals("NU_SHELL", CaseStyle.SCREAMING_SNAKE.apply("NuShell"));
        assertEquals("nu_test", CaseStyle.SNAKE.apply("nuTest"));
        assertEquals("http_server", CaseStyle.SNAKE.apply("HTTPServer"));
        assertEquals("This Is A Test Case", CaseStyle.TITLE.apply("this is a test case"));
        assertEquals(list(rec("lang", "nu-test", "gems", 100)),
                FakeCall.of(new StrCaseCommand(CaseStyle.KEBAB)).path("lang").run(list(rec("lang", "nuTest", "gems", 100))));
    }

    @Test void escapeDistanceStatsExpand() {
        assertEquals(s("192\\.168\\.1\\.1"), FakeCall.of(new StrEscapeRegexCommand()).run(s("192.168.1.1")));
        assertEquals(i(1), FakeCall.of(new StrDistanceCommand()).pos(s("nutshell")).run(s("nushell")));
        assertEquals(list(rec("a", 1, "b", 4)), FakeCall.of(new StrDistanceCommand()).pos(s("nushell")).path("a").path("b")
                .run(list(rec("a", "nutshell", "b", "numetal"))));
        assertEquals(rec("lines", 1, "words", 7, "bytes", 38, "chars", 38, "graphemes", 38, "unicode-width", 38),
                FakeCall.of(new StrStatsCommand()).run(s("There are seven words in this sentence")));
        assertEquals(rec("lines", 1, "words", 6, "bytes", 18, "chars", 6, "graphemes", 6, "unicode-width", 12),
                FakeCall.of(new StrStatsCommand()).run(s("今天天气真好")));
        assertEquals(rec("lines", 1, "words", 2, "bytes", 15, "chars", 14, "graphemes", 13, "unicode-width", 13),
                FakeCall.of(new StrStatsCommand()).run(s("Amélie Ame\u0301lie".replace("Ame\u0301lie", "Amelie").replace("Amélie", "Ame\u0301lie"))));
        assertEquals(list("3", "4", "5"), FakeCall.of(new StrExpandCommand()).run(s("{3..5}")));
        assertEquals(list("AB,", "AC"), FakeCall.of(new StrExpandCommand()).run(s("A{B\\,,C}")));
        assertEquals(list("Welcome, home!", "Welcome, mon ami!"), FakeCall.of(new StrExpandCommand()).run(s("Welcome\\, {home,mon ami}!")));
        assertEquals(list("AB\\", "AC"), FakeCall.of(new StrExpandCommand()).run(s("A{B\\\\,C}")));
        assertEquals(list("C:\\Users", "C:\\Windows"), FakeCall.of(new StrExpandCommand()).sw("path").run(s("C:\\{Users,Windows}")));
        assertEquals(list("A", "AB", "AC"), FakeCall.of(new StrExpandCommand()).run(s("A{,B,C}")));
        assertEquals(list("AB", "AC", "A"), FakeCall.of(new StrExpandCommand()).run(s("A{B,C,}")));
        assertEquals(list("AB", "A", "AC"), FakeCall.of(new StrExpandCommand()).run(s("A{B,,C}")));
        assertEquals(list("AB1D", "AB3D", "AC2D", "AC5D"), FakeCall.of(new StrExpandCommand()).run(s("A{B{1,3},C{2,5}}D")));
        assertEquals(list("A08B011C", "A08B012C", "A08B013C", "A09B011C", "A09B012C", "A09B013C", "A10B011C", "A10B012C", "A10B013C"),
                FakeCall.of(new StrExpandCommand()).run(s("A{08..10}B{11..013}C")));
        assertEquals(list("abc"), FakeCall.of(new StrExpandCommand()).run(s("a{b}c")));
        assertEquals(list(), FakeCall.of(new StrExpandCommand()).run(s("{3..1}")));
        assertThrows(ShellException.class, () -> FakeCall.of(new StrExpandCommand()).run(s("a{b,c")));
        assertThrows(ShellException.class, () -> FakeCall.of(new StrExpandCommand()).run(s("{1..3..2}")));
    }
}
