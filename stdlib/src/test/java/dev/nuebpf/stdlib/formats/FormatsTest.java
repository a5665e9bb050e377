package dev.nuebpf.stdlib.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.Nuon;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.testing.FakeCall;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected texts come from nu 0.115.1. */
class FormatsTest {
    private static Value nuon(String s) { return Nuon.parse(s, Span.UNKNOWN); }
    private static String str(FakeCall c, String inputNuon) { return ((Value.Str) c.run(nuon(inputNuon))).value(); }
    private static String parsed(FakeCall c, String text) { return Nuon.write(c.run(Value.of(text))); }

    @Test void json() {
        assertEquals("[\n  \"a\",\n  \"b\"\n]", str(new FakeCall(new ToJsonCommand()), "[a, b]"));
        assertEquals("[1,\"abc\",3]", str(new FakeCall(new ToJsonCommand()).sw("raw"), "[1, abc, 3]"));
        assertEquals("{\n    \"a\": [],\n    \"b\": {}\n}", str(new FakeCall(new ToJsonCommand()).flag("indent", Value.of(4L)), "{a: [], b: {}}"));
        assertEquals("\"a\u0001\u007fé\\\"\\\\/\"", str(new FakeCall(new ToJsonCommand()), "\"a\\u{1}\\u{7f}é\\\"\\\\/\""));
        assertEquals("[1000000000000000.0,1e+16,1.2345678901234568e+17,0.00001,1.25e-7,-1e+20,1.5]",
                str(new FakeCall(new ToJsonCommand()).sw("raw"), "[1e15, 1e16, 123456789012345678.0, 0.00001, 1.25e-7, -1e20, 1.5]"));
        assertEquals("{\"a\":1000000000,\"b\":1000,\"c\":\"2020-01-01T00:00:00+00:00\",\"d\":[1,2],\"e\":null,\"h\":\"x\\ty\\u0001é\\\"\\\\/\"}",
                str(new FakeCall(new ToJsonCommand()).sw("raw"), "{a: 1sec, b: 1kb, c: 2020-01-01, d: 0x[01 02], e: null, h: \"x\\ty\\u{1}é\\\"\\\\/\"}"));
        assertEquals("{a: 1.0, b: 100.0, c: 12345678901234567168.0, d: 0, e: \"é\n\"}",
                parsed(new FakeCall(new FromJsonCommand()), "{\"a\": 1.0, \"b\": 1e2, \"c\": 12345678901234567890, \"d\": -0, \"e\": \"\\u00e9\\n\"}"));
        assertEquals("[1]", parsed(new FakeCall(new FromJsonCommand()), "// c\n[1,]"));
        assertEquals("[[number_as_string]; [\"1\"]]", parsed(new FakeCall(new FromJsonCommand()), "[{number_as_string: \"1\"}]"));
        assertEquals("[{a: 1}, {b: 2}]", parsed(new FakeCall(new FromJsonCommand()).sw("objects"), "{\"a\": 1}\n{\"b\": 2}"));
        assertThrows(ShellException.class, () -> parsed(new FakeCall(new FromJsonCommand()), "{\"a\": 1"));
        assertThrows(ShellException.class, () -> parsed(new FakeCall(new FromJsonCommand()).sw("strict"), "{ \"a\": 1, \"b\": 2, }"));
        assertThrows(ShellException.class, () -> parsed(new FakeCall(new FromJsonCommand()).sw("strict"), "{ \"a\": 1, /* c */ \"b\": 2 }"));
        assertEquals("{a: 1, b: 2}", parsed(new FakeCall(new FromJsonCommand()).sw("strict"), "{ \"a\": 1, \"b\": 2 }"));
    }

    @Test void csv() {
        assertEquals("a,b\n1,\"x,y\"\n2,\"q\"\"r\"\n", str(new FakeCall(new ToCsvCommand()), "[[a, b]; [1, \"x,y\"], [2, \"q\\\"r\"]]"));
        assertEquals("a,b\n1,\n,2\n", str(new FakeCall(new ToCsvCommand()), "[{a: 1}, {b: 2}]"));
        assertEquals("baz\tfoo\n3\t1\n", str(new FakeCall(new ToTsvCommand()).flag("columns", nuon("[baz, foo]")), "[[foo, bar, baz]; [1, 2, 3]]"));
        assertEquals("foo;bar\n1;2\n", str(new FakeCall(new ToCsvCommand()).flag("separator", Value.of(";")), "[[foo, bar]; [1, 2]]"));
        assertEquals("a\n1.0\n", str(new FakeCall(new ToCsvCommand()), "[[a]; [1.0]]"));
        var rows = java.util.List.of(Nuon.parse("{a: 1}", Span.UNKNOWN), Nuon.parse("{a: 2, b: 20}", Span.UNKNOWN));
        FakeCall streamed = new FakeCall(new ToCsvCommand());
        assertThrows(ShellException.class, () -> new ToCsvCommand().run(streamed,
                dev.nuebpf.runtime.PipelineData.stream(rows.iterator(), Span.UNKNOWN)));
        assertEquals("[[a, b]; [1, \"x,y\"], [2.5, \"true\"], [\"\", \"null\"]]",
                parsed(new FakeCall(new FromCsvCommand()), "a,b\n1,\"x,y\"\n2.5,true\n,null"));
        assertEquals("[[\"column0\", \"column1\"]; [a, b], [1, 2]]", parsed(new FakeCall(new FromCsvCommand()).sw("noheaders"), "a,b\n1,2"));
        assertEquals("[[a, b]; [1, x]]", parsed(new FakeCall(new FromCsvCommand()).flag("trim", Value.of("all")), "a , b\n 1 , x "));
        assertEquals("[{a: 1, b: 2, \"column2\": 3}, {a: 6}]", parsed(new FakeCall(new FromCsvCommand()).sw("flexible"), "a,b\n1,2,3\n6"));
        assertEquals("[[a, b]; [1, 2], [3, 4]]", parsed(new FakeCall(new FromCsvCommand()), "a,b\r\n1,2\r\n\r\n3,4\r\n"));
        assertThrows(ShellException.class, () -> parsed(new FakeCall(new FromCsvCommand()), "a,b\n1"));
        assertEquals("[{\"column0\": \"value 1\"}, {\"column0\": \"value 2\", \"column1\": \"description 2\"}]",
                parsed(new FakeCall(new FromTsvCommand()).sw("flexible").sw("noheaders"), "value 1\nvalue 2\tdescription 2"));
        assertEquals("[[NAME, AGE]; [\"bob x\", \"3\"], [al, \"44\"]]", parsed(new FakeCall(new FromSsvCommand()), "NAME   AGE\nbob x  3\nal     44"));
        assertEquals("[[a, b]; [\"1\", \"3\"]]", parsed(new FakeCall(new FromSsvCommand()), "a   b   c\n1       3"));
        assertEquals("[[a, b, c]; [\"1\", \"\", \"3\"]]", parsed(new FakeCall(new FromSsvCommand()).sw("aligned-columns"), "a   b   c\n1       3"));
    }

    @Test void textAndMarkdown() {
        assertEquals("1\n2, 3\na: 1\n", str(new FakeCall(new ToTextCommand()), "[1, [2, 3], {a: 1}]"));
        assertEquals("a: 1\nb: 1, 2", str(new FakeCall(new ToTextCommand()).sw("no-newline"), "{a: 1, b: [1, 2]}"));
        assertEquals("1.5 kB\n1.024 kB\n1 MB\n10 B\n0 B\n1.234567 MB\n-1.5 kB\n",
                str(new FakeCall(new ToTextCommand()), "[1500b, 1024b, 1000000b, 10b, 0b, 1234567b, -1500b]"));
        assertEquals("| foo | bar |\n| --- | --- |\n| 1 | 2 |", str(new FakeCall(new ToMdCommand()), "[[foo, bar]; [1, 2]]"));
        assertEquals("| foo | bar |\n| --- |:---:|\n| 1   |  2  |\n| 3   |  4  |",
                str(new FakeCall(new ToMdCommand()).sw("pretty").flag("center", nuon("[bar]")), "[[foo, bar]; [1, 2], [3, 4]]"));
        assertEquals("| name   |\n| ------ |\n| joseph |", str(new FakeCall(new ToMdCommand()).sw("pretty"), "[[name]; [joseph]]"));
        assertEquals("1. one\n2. two", str(new FakeCall(new ToMdCommand()).flag("list", Value.of("ordered")), "[one, two]"));
        assertEquals("| a | b |\n| --- | --- |\n| 1 |  |\n|  | 2 |", str(new FakeCall(new ToMdCommand()), "[{a: 1}, {b: 2}]"));
        assertEquals("| foo | bar |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |\n\n| foo |\n| --- |\n| 5 |",
                str(new FakeCall(new ToMdCommand()).sw("per-element"), "[{foo: 1, bar: 2}, {foo: 3, bar: 4}, {foo: 5}]"));
    }

    @Test void yaml() {
        assertEquals("addr: on:80\n", str(new FakeCall(new ToYamlCommand("to yaml")), "{addr: \"on:80\"}"));
        assertEquals("string: |-\n  Hello\n  world\n", str(new FakeCall(new ToYamlCommand("to yaml")), "{string: \"Hello\\nworld\"}"));
        assertEquals("- |-\n  Hello\n  world\n", str(new FakeCall(new ToYamlCommand("to yaml")), "[\"Hello\\nworld\"]"));
        assertEquals("string: |+\n  Hello\n  world\n  \n", str(new FakeCall(new ToYamlCommand("to yaml")), "{string: \"Hello\\nworld\\n\\n\"}"));
        assertEquals("a:\n- 1\n- 2\nb:\n  c: x y\n  d: null\n  e: 1.5\n  f: true\ng:\n- h: 1\n  i: 2\nj: \"\"\nk: \"1\"\n",
                str(new FakeCall(new ToYamlCommand("to yaml")), "{a: [1, 2], b: {c: \"x y\", d: null, e: 1.5, f: true}, g: [{h: 1, i: 2}], j: \"\", k: \"1\"}"));
        assertEquals("- 1\n- - 2\n  - 3\n", str(new FakeCall(new ToYamlCommand("to yaml")), "[1, [2, 3]]"));
        assertEquals("g: '-'\nh: \"a#b\"\nab: -a\naf: a,b\nar: \"1_000\"\nau: \"a\\x01b\"\n",
                str(new FakeCall(new ToYamlCommand("to yaml")), "{g: \"-\", h: \"a#b\", ab: -a, af: \"a,b\", ar: \"1_000\", au: \"a\\u{1}b\"}"));
        assertEquals("{f: 1000.0, g: inf, j: 15, k: \"1_000\"}", parsed(new FakeCall(new FromYamlCommand("from yaml")), "f: 1e3\ng: .inf\nj: 0o17\nk: 1_000"));
        assertEquals("{a: 1, b: [x, 2.5], c: \"2020-01-01\", d: null, e: yes, f: 16}",
                parsed(new FakeCall(new FromYamlCommand("from yaml")), "a: 1\nb:\n  - x\n  - 2.5\nc: 2020-01-01\nd: ~\ne: yes\nf: 0x10"));
        assertEquals("[[a], [b]]", parsed(new FakeCall(new FromYamlCommand("from yaml")), "- a\n---\n- b"));
        assertEquals("- 1.0\n- 1.5\n- -0.0\n- 1.0e+20\n- 1.0e-7\n", str(new FakeCall(new ToYamlCommand("to yaml")), "[1.0, 1.5, -0.0, 1e20, 1e-7]"));
        assertThrows(ShellException.class, () -> parsed(new FakeCall(new FromYamlCommand("from yaml")), "a: 1\na: 2"));
        assertThrows(ShellException.class, () -> parsed(new FakeCall(new FromYamlCommand("from yaml")), "a: 12345678901234567890"));
        assertEquals("{\"true\": BooleanKey}", parsed(new FakeCall(new FromYamlCommand("from yaml")), "true: BooleanKey "));
        assertEquals("{\"2.11\": \"1\"}", parsed(new FakeCall(new FromYamlCommand("from yaml")), "2.11: \"1\" "));
    }

    @Test void toml() {
        assertEquals("foo = 1\nbar = \"qwe\"\n", str(new FakeCall(new ToTomlCommand()), "{foo: 1, bar: qwe}"));
        assertEquals("a = []\nb = [1]\nc = [\n    [\n    1,\n    2,\n],\n    [3],\n]\ne = 2020-01-01T10:00:00.5+02:00\nf = 'a\"b'\n"
                        + "g = \"it's\"\nh = \"\"\"\nx\ny\n\"\"\"\ni = 100000000000000000000.0\nj = [\n    1.5,\n    \"x\",\n]\n\n[[d]]\nx = 1\n",
                str(new FakeCall(new ToTomlCommand()), "{a: [], b: [1], c: [[1, 2], [3]], d: [{x: 1}], e: 2020-01-01T10:00:00.5+02:00, "
                        + "f: \"a\\\"b\", g: \"it's\", h: \"x\\ny\\n\", i: 1e20, j: [1.5, x]}"));
        assertEquals("c = 1\n\n[a]\na = \"a\"\nb = \"b\"\n", str(new FakeCall(new ToTomlCommand()), "{a: {a: a, b: b}, c: 1}"));
        for (String v : List.of("{a: 1, b: 2, c: qwe}", "{c: 1, a: {a: a, b: b}}", "{a: [[a, b]; [1, 2], [3, 4]], b: [[c, d, e]; [1, 2, 3]]}",
                "{c: [[g, f]; [1, [[h, k]; [1, 2], [3, 4]]]]}")) {
            String text = str(new FakeCall(new ToTomlCommand()), v);
            assertEquals(v, parsed(new FakeCall(new FromTomlCommand()), text), text);
        }
        assertEquals("{a: 1, b: [1, 2]}", parsed(new FakeCall(new FromTomlCommand()), "a = 1\nb = [1, 2]"));
        assertEquals("{t: {x: a\\b, y: lit, z: 2020-01-01T00:00:00+00:00, w: [1, 2]}, s: {\"q r\": 1.5}}",
                parsed(new FakeCall(new FromTomlCommand()), "# c\n[t]\nx = \"a\\\\b\" # c\ny = 'lit'\nz = 2020-01-01\nw = [\n 1,\n 2,\n]\n[s]\n\"q r\" = 1.5\n"));
        assertThrows(ShellException.class, () -> parsed(new FakeCall(new FromTomlCommand()), "a = "));
    }

    @Test void fromUrl() {
        assertEquals("{bread: baguette, cheese: comté, x: \"a b\", y: %zz}",
                parsed(new FakeCall(new FromUrlCommand()), "bread=baguette&cheese=comt%C3%A9&x=a+b&y=%zz"));
    }

    @Test void nuonCommands() {
        assertEquals("[\n  1,\n  2\n]", str(new FakeCall(new ToNuonCommand()).flag("indent", Value.of(2L)), "[1, 2]"));
        assertEquals("{a: 1, b: [1, 2]}", parsed(new FakeCall(new FromNuonCommand()), "{a:1,b:[1,2]}"));
    }
}
