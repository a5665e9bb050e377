package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;

/** Encoding labels as nu accepts them (WHATWG names: "iso-8859-1" means windows-1252) to Java charsets. */
final class Charsets {
    private Charsets() {}

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("utf8", "UTF-8"), Map.entry("utf-8", "UTF-8"), Map.entry("unicode-1-1-utf-8", "UTF-8"),
            Map.entry("utf-16", "UTF-16LE"), Map.entry("utf-16le", "UTF-16LE"), Map.entry("utf-16be", "UTF-16BE"),
            Map.entry("shift-jis", "Shift_JIS"), Map.entry("shift_jis", "Shift_JIS"), Map.entry("sjis", "Shift_JIS"),
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"), Map.entry("ascii", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"), Map.entry("euc-jp", "EUC-JP"), Map.entry("euc-kr", "EUC-KR"),
            Map.entry("gbk", "GBK"), Map.entry("gb18030", "GB18030"), Map.entry("big5", "Big5"));

    static Charset of(String label, Span span) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        try {
            return Charset.forName(ALIASES.getOrDefault(l, l));
        } catch (IllegalArgumentException e) {
            throw ShellException.of("nu::shell::error", l + " is not a valid encoding", span,
                    "invalid encoding", "refer to https://docs.rs/encoding_rs/latest/encoding_rs/#statics for a valid list of encodings");
        }
    }
}
