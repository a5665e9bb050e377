package dev.nuebpf.stdlib.strings;

import static dev.nuebpf.stdlib.testing.V.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.testing.FakeCall;
import org.junit.jupiter.api.Test;

class StrBasicCommandsTest {
    @Test void uppercaseAndLowercaseFollowUnicode() {
        assertEquals(s("ὈΔΥΣΣΕΎΣ"), FakeCall.of(new StrUppercaseCommand("str upcase")).run(s("ὀδυσσεύς")));
        assertEquals(s("ὀδυσσεύς"), FakeCall.of(new StrLowercaseCommand("str downcase")).run(s("ὈΔΥΣΣΕΎΣ")));
    }

    @Test void cellPathsChangeOnlyNamedColumns() {
        var table = list(rec("a", "Test", "b", "ABC"));
        assertEquals(list(rec("a", "test", "b", "ABC")), FakeCall.of(new StrLowercaseCommand("str lowercase")).path("a").run(table));
        var nested = rec("a", rec("b", "x"));
        assertEquals(rec("a", rec("b", "X")), FakeCall.of(new StrUppercaseCommand("str uppercase")).path("a", "b").run(nested));
    }

    @Test void wrongInputsFailLikeNu() {
        var e = assertThrows(ShellException.class, () -> FakeCall.of(new StrUppercaseCommand("str upcase")).run(rec("a", "x")));
        assertEquals("nu::shell::only_supports_this_input_type", e.diagnostic().code());
        e = assertThrows(ShellException.class, () -> FakeCall.of(new StrUppercaseCommand("str upcase")).path("b").run(list(rec("a", "x"))));
        assertEquals("nu::shell::column_not_found", e.diagnostic().code());
        e = assertThrows(ShellException.class, () -> FakeCall.of(new StrLengthCommand()).path("a").run(s("abc")));
        assertEquals("nu::shell::incompatible_path_access", e.diagnostic().code());
    }

    @Test void errorValuesInTheInputAreRaisedAsThemselves() {
        var boom = new Value.ErrorV(dev.nuebpf.diag.Diagnostic.builder("nu::shell::error", "boom").build(), Value.NOTHING);
        var e = assertThrows(ShellException.class, () -> FakeCall.of(new StrLengthCommand()).run(list("a", boom)));
        assertEquals("boom", e.diagnostic().message());
        e = assertThrows(ShellException.class, () -> FakeCall.of(new dev.nuebpf.stdlib.math.MathSumCommand()).run(list(1, boom)));
        assertEquals("boom", e.diagnostic().message());
    }

    @Test void capitalizeReverseTrim() {
        assertEquals(s("SSa"), FakeCall.of(new StrCapitalizeCommand()).run(s("ßa")));
        assertEquals(s("llehsuN"), FakeCall.of(new StrReverseCommand()).run(s("Nushell")));
        assertEquals(s("a"), FakeCall.of(new StrTrimCommand()).run(s("  a\t\n")));
        assertEquals(s("\u00a0a"), FakeCall.of(new StrTrimCommand()).run(s(" \u00a0a ")));
        assertEquals(s("=== Nu shell "), FakeCall.of(new StrTrimCommand()).sw("right").flag("char", s("=")).run(s("=== Nu shell ===")));
        assertThrows(ShellException.class, () -> FakeCall.of(new StrTrimCommand()).flag("char", s("xx")).run(s("xxaxx")));
    }

    @Test void lengthCountsBytesByDefault() {
        assertEquals(i(6), FakeCall.of(new StrLengthCommand()).run(s("hällo")));
        assertEquals(i(5), FakeCall.of(new StrLengthCommand()).sw("chars").run(s("hällo")));
        assertEquals(i(9), FakeCall.of(new StrLengthCommand()).sw("grapheme-clusters").run(s("🇯🇵ほげ ふが ぴよ")));
        assertEquals(i(11), FakeCall.of(new StrLengthCommand()).sw("utf-8-bytes").run(s("🇯🇵ほ")));
    }

    @Test void containsStartsEnds() {
        assertEquals(list(true, true, false), FakeCall.of(new StrContainsCommand()).pos(s("o")).run(list("one", "two", "three")));
        assertEquals(b(true), FakeCall.of(new StrContainsCommand()).pos(s(".RB")).sw("ignore-case").run(s("my_library.rb")));
        assertEquals(rec("ColA", true, "ColB", 100), FakeCall.of(new StrContainsCommand()).pos(s("e")).path("ColA").run(rec("ColA", "test", "ColB", 100)));
        assertEquals(b(true), FakeCall.of(new StrStartsWithCommand()).pos(s("cargo")).sw("ignore-case").run(s("Cargo.toml")));
        assertEquals(b(false), FakeCall.of(new StrStartsWithCommand()).pos(s(".toml")).run(s("Cargo.toml")));
        assertEquals(list(false, true), FakeCall.of(new StrEndsWithCommand()).pos(s(".txt")).run(list("my_library.rb", "README.txt")));
    }

    @Test void indexOf() {
        assertEquals(i(10), FakeCall.of(new StrIndexOfCommand()).pos(s(".rb")).run(s("my_library.rb")));
        assertEquals(i(3), FakeCall.of(new StrIndexOfCommand()).pos(s("l")).run(s("héllo")));
        assertEquals(i(2), FakeCall.of(new StrIndexOfCommand()).pos(s("l")).sw("grapheme-clusters").run(s("héllo")));
        assertEquals(i(4), FakeCall.of(new StrIndexOfCommand()).pos(s("ふが")).sw("grapheme-clusters").run(s("🇯🇵ほげ ふが ぴよ")));
        assertEquals(i(-1), FakeCall.of(new StrIndexOfCommand()).pos(s("🇵")).sw("grapheme-clusters").run(s("🇯🇵")));
        assertEquals(i(3), FakeCall.of(new StrIndexOfCommand()).pos(s(".rb")).flag("range", range(1, null, true)).run(s(".rb.rb")));
        assertEquals(i(-1), FakeCall.of(new StrIndexOfCommand()).pos(s("6")).flag("range", range(0, 4L, true)).run(s("123456")));
        assertEquals(i(2), FakeCall.of(new StrIndexOfCommand()).pos(s("3")).flag("range", range(1, 4L, true)).run(s("123456")));
        assertEquals(i(18), FakeCall.of(new StrIndexOfCommand()).pos(s("/")).sw("end").run(s("/this/is/some/path/file.txt")));
    }

    @Test void substring() {
        assertEquals(s("nushell"), FakeCall.of(new StrSubstringCommand()).pos(range(5, 11L, true)).run(s("good nushell")));
        assertEquals(s("nushel"), FakeCall.of(new StrSubstringCommand()).pos(range(5, -2L, true)).run(s("good nushell")));
        assertEquals(s("bc"), FakeCall.of(new StrSubstringCommand()).pos(range(-2, null, true)).run(s("abc")));
        assertEquals(s(""), FakeCall.of(new StrSubstringCommand()).pos(range(2, 1L, true)).run(s("abc")));
        assertEquals(s("é"), FakeCall.of(new StrSubstringCommand()).pos(range(1, 2L, true)).run(s("héllo")));
        assertEquals(s("él"), FakeCall.of(new StrSubstringCommand()).pos(range(1, 2L, true)).sw("grapheme-clusters").run(s("héllo")));
        assertEquals(s("ふが"), FakeCall.of(new StrSubstringCommand()).pos(range(4, 5L, true)).sw("grapheme-clusters").run(s("🇯🇵ほげ ふが ぴよ")));
        var e = assertThrows(ShellException.class, () -> FakeCall.of(new StrSubstringCommand()).pos(i(1)).run(s("abc")));
        assertEquals("nu::shell::cant_convert", e.diagnostic().code());
    }

    @Test void replace() {
        assertEquals(s("~\\path"), FakeCall.of(new StrReplaceCommand()).pos(s("c:\\some\\cool"), s("~")).run(s("c:\\some\\cool\\path")));
        assertEquals(s("azc azc azc"), FakeCall.of(new StrReplaceCommand()).pos(s("b"), s("z")).sw("all").run(s("abc abc abc")));
        assertEquals(s("my_library.nu"), FakeCall.of(new StrReplaceCommand()).pos(s("(.+).rb"), s("$1.nu")).sw("regex").run(s("my_library.rb")));
        assertEquals(s("$hello = world"), FakeCall.of(new StrReplaceCommand())
                .pos(s("\\$?(?<varname>.*)=(?<value>.*)"), s("$$$varname = $value")).sw("regex").run(s("hello=world")));
        assertEquals(s("dogs_$2_cats"), FakeCall.of(new StrReplaceCommand()).pos(s("\\$1"), s("$2")).sw("regex").sw("no-expand").run(s("dogs_$1_cats")));
        assertEquals(s("def_abc"), FakeCall.of(new StrReplaceCommand()).pos(s("(.+)-(.+)"), s("${2}_${1}")).sw("regex").run(s("abc-def")));
        assertEquals(s("a successful b"), FakeCall.of(new StrReplaceCommand())
                .pos(s("\\b([sS])uc(?:cs|s?)e(ed(?:ed|ing|s?)|ss(?:es|ful(?:ly)?|i(?:ons?|ve(?:ly)?)|ors?)?)\\b"), s("${1}ucce$2"))
                .sw("regex").run(s("a successful b")));
        assertEquals(s("GHIKK-z+*"), FakeCall.of(new StrReplaceCommand()).pos(s("[*[:xdigit:]+]"), s("z")).sw("regex").run(s("GHIKK-9+*")));
        assertEquals(list(rec("ColA", "azc", "ColB", "abc", "ColC", "ads")), FakeCall.of(new StrReplaceCommand())
                .pos(s("b"), s("z")).sw("all").sw("regex").path("ColA").path("ColC").run(list(rec("ColA", "abc", "ColB", "abc", "ColC", "ads"))));
        assertThrows(ShellException.class, () -> FakeCall.of(new StrReplaceCommand()).pos(s("["), s("d")).sw("regex").run(list()));
    }
}
