package dev.nuebpf.stdlib.strings;

import static dev.nuebpf.stdlib.testing.V.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.testing.FakeCall;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TextToolsTest {
    private static Value bin(String hex) { return new Value.Binary(HexFormat.of().parseHex(hex)); }

    @Test void chars() {
        assertEquals(s("\n"), FakeCall.of(new CharCommand()).pos(s("newline")).run(Value.NOTHING));
        assertEquals(s("▶"), FakeCall.of(new CharCommand()).pos(s("prompt")).run(Value.NOTHING));
        assertEquals(s("🍸"), FakeCall.of(new CharCommand()).pos(s("1f378")).sw("unicode").run(Value.NOTHING));
        assertEquals(s("👨\u200d👦\u200d👦"), FakeCall.of(new CharCommand()).pos(s("1F468")).rest(s("200D"), s("1F466"), s("200D"), s("1F466"))
                .sw("unicode").run(Value.NOTHING));
        assertEquals(s("ab"), FakeCall.of(new CharCommand()).pos(i(0x61)).rest(i(0x62)).sw("integer").run(Value.NOTHING));
        assertThrows(ShellException.class, () -> FakeCall.of(new CharCommand()).pos(s("foo")).run(Value.NOTHING));
        assertThrows(ShellException.class, () -> FakeCall.of(new CharCommand()).pos(i(41)).sw("unicode").run(Value.NOTHING));
        Value.ListV l = (Value.ListV) FakeCall.of(new CharCommand()).sw("list").run(Value.NOTHING);
        assertEquals(113, l.items().size());
        assertEquals(rec("name", "nul", "character", "", "unicode", "0"), l.items().get(0));
        assertEquals(rec("name", "crlf", "character", "", "unicode", "d a"), l.items().get(10));
        assertEquals(rec("name", "carriage_return", "character", "\r", "unicode", "d"), l.items().get(8));
        assertEquals(rec("name", "sun", "character", "☀️", "unicode", "2600 fe0f"),
                l.items().stream().filter(r -> ((dev.nuebpf.runtime.Record) r).get("name").equals(s("sun"))).findFirst().orElseThrow());
    }

    @Test void fill() {
        assertEquals(s("nushell────────"), FakeCall.of(new FillCommand()).flag("alignment", s("l")).flag("character", s("─")).flag("width", i(15)).run(s("nushell")));
        assertEquals(s("──────────"), FakeCall.of(new FillCommand()).flag("character", s("─")).flag("width", i(10)).run(s("")));
        assertEquals(s("00001"), FakeCall.of(new FillCommand()).flag("alignment", s("right")).flag("character", s("0")).flag("width", i(5)).run(i(1)));
        assertEquals(s("01.10"), FakeCall.of(new FillCommand()).flag("alignment", s("center")).flag("character", s("0")).flag("width", i(5)).run(f(1.1)));
        assertEquals(s("0001024000"), FakeCall.of(new FillCommand()).flag("alignment", s("middle")).flag("character", s("0")).flag("width", i(10))
                .run(new Value.Filesize(1024)));
        assertEquals(s("**ab*"), FakeCall.of(new FillCommand()).flag("alignment", s("cr")).flag("character", s("*")).flag("width", i(5)).run(s("ab")));
        assertEquals(s("ab*-*-*-"), FakeCall.of(new FillCommand()).flag("character", s("*-")).flag("width", i(5)).run(s("ab")));
        assertEquals(s("ほげ...."), FakeCall.of(new FillCommand()).flag("character", s(".")).flag("width", i(6)).run(s("ほげ")));
        assertEquals(s("abc"), FakeCall.of(new FillCommand()).flag("width", i(2)).run(s("abc")));
    }

    @Test void formatPattern() {
        assertEquals(s("x is 3"), FakeCall.of(new FormatPatternCommand()).pos(s("{name} is {age}")).run(rec("name", "x", "age", 3)));
        assertEquals(list("1-2", "3-4"), FakeCall.of(new FormatPatternCommand()).pos(s("{a}-{b}")).run(list(rec("a", 1, "b", 2), rec("a", 3, "b", 4))));
        assertEquals(s("1"), FakeCall.of(new FormatPatternCommand()).pos(s("{a.b}")).run(rec("a", rec("b", 1))));
        assertEquals(s("{a} 1"), FakeCall.of(new FormatPatternCommand()).pos(s("{{a}} {a}")).run(rec("a", 1)));
        var e = assertThrows(ShellException.class, () -> FakeCall.of(new FormatPatternCommand()).pos(s("{c}")).run(rec("a", 1)));
        assertEquals("nu::shell::column_not_found", e.diagnostic().code());
    }

    @Test void detectColumns() {
        assertEquals(list(rec("column0", "a", "column1", "b", "column2", "c")), FakeCall.of(new DetectColumnsCommand()).sw("no-headers").run(s("a b c")));
        String five = "c1 c2 c3 c4 c5\na b c d e";
        assertEquals(list(rec("c1", "a b", "c3", "c", "c4", "d", "c5", "e")),
                FakeCall.of(new DetectColumnsCommand()).flag("combine-columns", range(0, 1L, true)).run(s(five)));
        assertEquals(list(rec("c1", "a", "c2", "b", "c3", "c", "c4", "d e")),
                FakeCall.of(new DetectColumnsCommand()).flag("combine-columns", range(-2, -1L, true)).run(s(five)));
        assertEquals(list(rec("c1", "a", "c2", "b", "c3", "c d e")),
                FakeCall.of(new DetectColumnsCommand()).flag("combine-columns", range(2, null, true)).run(s(five)));
        assertEquals(list(rec("data", "c1 c2 c3"), rec("data", "a b c d")), FakeCall.of(new DetectColumnsCommand()).run(s("c1 c2 c3\na b c d")));
        assertEquals(list(rec("c1", "a", "c2", "b", "c3", "c"), rec("data", ""), rec("c1", "x", "c2", "y", "c3", "z")),
                FakeCall.of(new DetectColumnsCommand()).run(s("c1  c2   c3\n  a   b   c\n\nx y z")));
        assertEquals(list(rec("col1", "a", "col2", "b")), FakeCall.of(new DetectColumnsCommand()).sw("ignore-box-chars")
                .run(s("+-------+-------+\n| col1  | col2  |\n+-------+-------+\n| a     | b     |\n+-------+-------+")));
        assertEquals(list(rec("name", "Alice", "age", 25)), FakeCall.of(new DetectColumnsCommand()).run(list(rec("name", "Alice", "age", 25))));
        assertEquals(Value.NOTHING, FakeCall.of(new DetectColumnsCommand()).run(s("")));
        assertEquals(list(), FakeCall.of(new DetectColumnsCommand()).run(s("c1 c2")));
    }

    @Test void binaryCodecs() {
        assertEquals(s("QWxwaGFiZXQgZnJvbSBBIHRvIFo="), FakeCall.of(new EncodeBaseCommand(Codec.BASE64)).run(s("Alphabet from A to Z")));
        assertEquals(s("vu7_"), FakeCall.of(new EncodeBaseCommand(Codec.BASE64)).sw("url").run(bin("beeeff")));
        assertEquals(s("dXNlcm5hbWU6cGFzc3dvcmQ"), FakeCall.of(new EncodeBaseCommand(Codec.BASE64)).sw("nopad").run(s("username:password")));
        assertEquals(bin("ff"), FakeCall.of(new DecodeBaseCommand(Codec.BASE64)).sw("url").run(s("_w==")));
        assertThrows(ShellException.class, () -> FakeCall.of(new DecodeBaseCommand(Codec.BASE64)).run(s("this should not be a valid encoded value")));
        assertEquals(s("NBSWY3DPEB2GQZLSMU======"), FakeCall.of(new EncodeBaseCommand(Codec.BASE32)).run(s("hello there")));
        assertEquals(s("AEBBA==="), FakeCall.of(new EncodeBaseCommand(Codec.BASE32)).run(bin("010210")));
        assertEquals(bin("0102030405"), FakeCall.of(new DecodeBaseCommand(Codec.BASE32)).run(s("AEBAGBAF")));
        assertEquals(bin("6869"), FakeCall.of(new DecodeBaseCommand(Codec.BASE32)).sw("nopad").run(s("NBUQ")));
        assertEquals(s("D1IMOR3F41Q6GPBICK======"), FakeCall.of(new EncodeBaseCommand(Codec.BASE32HEX)).run(s("hello there")));
        assertEquals(bin("576ead"), FakeCall.of(new DecodeBaseCommand(Codec.BASE32HEX)).sw("nopad").run(s("ATNAQ")));
        assertEquals(s("68656C6C6F"), FakeCall.of(new EncodeBaseCommand(Codec.HEX)).run(s("hello")));
        assertEquals(s("adef"), FakeCall.of(new EncodeBaseCommand(Codec.HEX)).sw("lower").run(bin("adef")));
        assertEquals(bin("0102030a0a0b"), FakeCall.of(new DecodeBaseCommand(Codec.HEX)).run(s("0102030A0a0B")));
    }

    @Test void textEncodings() {
        assertEquals(s("Some Data"), FakeCall.of(new DecodeCommand()).pos(s("utf-16be")).run(bin("0053006f006d006500200044006100740061")));
        assertEquals(s("hi"), FakeCall.of(new DecodeCommand()).run(bin("6869")));
        assertEquals(s("£ rates"), FakeCall.of(new DecodeCommand()).pos(s("iso-8859-1")).run(bin("a3207261746573")));
        assertEquals(bin("958982af82e982c6926d82c182c490ed82a482cc82aa8141977982a982c994fc82b582a282cc82be"),
                FakeCall.of(new EncodeCommand()).pos(s("shift-jis")).run(s("負けると知って戦うのが、遥かに美しいのだ")));
        assertEquals(new Value.Binary("&#127880;".getBytes(StandardCharsets.US_ASCII)),
                FakeCall.of(new EncodeCommand()).pos(s("shift-jis")).sw("ignore-errors").run(s("🎈")));
        assertThrows(ShellException.class, () -> FakeCall.of(new EncodeCommand()).pos(s("shift-jis")).run(s("🎈")));
        assertThrows(ShellException.class, () -> FakeCall.of(new EncodeCommand()).pos(s("no-such-encoding")).run(s("x")));
    }

    @Test void formatBitsAndNumber() {
        assertEquals(s("00000000 10000000"), FakeCall.of(new FormatBitsCommand()).run(i(128)));
        assertEquals(s("11111111 01111111"), FakeCall.of(new FormatBitsCommand()).run(i(-129)));
        assertEquals(s("00000010 00000001"), FakeCall.of(new FormatBitsCommand()).flag("endian", s("little")).run(i(258)));
        assertEquals(s("00111011 10011010 11001010 00000000"), FakeCall.of(new FormatBitsCommand()).run(new Value.Duration(1_000_000_000L)));
        assertEquals(s("11000011 10101001"), FakeCall.of(new FormatBitsCommand()).run(s("é")));
        assertEquals(list(rec("a", "00000001")), FakeCall.of(new FormatBitsCommand()).path("a").run(list(rec("a", 1))));
        var n = (dev.nuebpf.runtime.Record) FakeCall.of(new FormatNumberCommand()).run(f(3.14));
        assertEquals(s("0b100000000001001000111101011100001010001111010111000010100011111"), n.get("binary"));
        assertEquals(s("3.14e0"), n.get("lowerexp"));
        assertEquals(s("0x40091EB851EB851F"), n.get("upperhex"));
        var big = (dev.nuebpf.runtime.Record) FakeCall.of(new FormatNumberCommand()).run(f(1e20));
        assertEquals(s("1e20"), big.get("debug"));
        assertEquals(s("100000000000000000000"), big.get("display"));
        var neg = (dev.nuebpf.runtime.Record) FakeCall.of(new FormatNumberCommand()).sw("no-prefix").run(i(-42));
        assertEquals(s("ffffffffffffffd6"), neg.get("lowerhex"));
        assertEquals(s("1777777777777777777726"), neg.get("octal"));
        assertEquals(s("-4.2e1"), neg.get("lowerexp"));
    }

    @Test void detectType() {
        assertEquals(b(false), FakeCall.of(new DetectTypeCommand()).run(s("FALSE")));
        assertEquals(i(1234567), FakeCall.of(new DetectTypeCommand()).run(s("1,234,567")));
        assertEquals(i(-1234), FakeCall.of(new DetectTypeCommand()).run(s("-1_234")));
        assertEquals(s("1_0"), FakeCall.of(new DetectTypeCommand()).run(s("1_0")));
        assertEquals(f(-0.0015), FakeCall.of(new DetectTypeCommand()).run(s("-1.5e-3")));
        assertEquals(new Value.Filesize(1024), FakeCall.of(new DetectTypeCommand()).sw("prefer-filesize").run(s("1024")));
        assertEquals(new Value.Date(java.time.ZonedDateTime.of(2025, 1, 2, 0, 0, 0, 0, java.time.ZoneOffset.UTC)),
                FakeCall.of(new DetectTypeCommand()).run(s("01/02/2025")));
        assertEquals(new Value.Date(java.time.ZonedDateTime.of(2025, 2, 1, 0, 0, 0, 0, java.time.ZoneOffset.UTC)),
                FakeCall.of(new DetectTypeCommand()).sw("prefer-dmy").run(s("01/02/2025")));
        assertEquals(s("2022-13-01"), FakeCall.of(new DetectTypeCommand()).run(s("2022-13-01")));
        assertThrows(ShellException.class, () -> FakeCall.of(new DetectTypeCommand()).run(s(" 42")));
        assertThrows(ShellException.class, () -> FakeCall.of(new DetectTypeCommand()).run(s("99999999999999999999")));
        assertEquals(list("a", "1"), FakeCall.of(new DetectTypeCommand()).run(list("a", "1")));
    }

    @Test void seqChar() {
        assertEquals(list("a", "b", "c"), FakeCall.of(new SeqCharCommand()).pos(s("a"), s("c")).run(Value.NOTHING));
        assertEquals(list("c", "b", "a"), FakeCall.of(new SeqCharCommand()).pos(s("c"), s("a")).run(Value.NOTHING));
        assertEquals(list("Z", "[", "\\", "]", "^", "_", "`", "a"), FakeCall.of(new SeqCharCommand()).pos(s("Z"), s("a")).run(Value.NOTHING));
        assertThrows(ShellException.class, () -> FakeCall.of(new SeqCharCommand()).pos(s("ab"), s("c")).run(Value.NOTHING));
        assertThrows(ShellException.class, () -> FakeCall.of(new SeqCharCommand()).pos(s("é"), s("f")).run(Value.NOTHING));
    }

    @Test void ansiStrip() {
        assertEquals(s("hello"), FakeCall.of(new AnsiStripCommand()).run(s("\u001b[32mhello\u001b[0m")));
        assertEquals(s("link"), FakeCall.of(new AnsiStripCommand()).run(s("\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\")));
        assertThrows(ShellException.class, () -> FakeCall.of(new AnsiStripCommand()).run(list("a", null, "b")));
    }
}
