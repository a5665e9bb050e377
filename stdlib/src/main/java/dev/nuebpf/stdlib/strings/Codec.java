package dev.nuebpf.stdlib.strings;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.HexFormat;

/** The binary-to-text codecs of {@code encode}/{@code decode} (base64, base32, base32hex, hex), per RFC 4648. */
public enum Codec {
    BASE64("base64"), BASE32("base32"), BASE32HEX("base32hex"), HEX("hex");

    final String id;

    Codec(String id) { this.id = id; }

    private static final String B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String B32HEX = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

    String encode(byte[] data, boolean url, boolean nopad, boolean lower) {
        return switch (this) {
            case BASE64 -> {
                Base64.Encoder e = url ? Base64.getUrlEncoder() : Base64.getEncoder();
                yield (nopad ? e.withoutPadding() : e).encodeToString(data);
            }
            case BASE32 -> base32(data, B32, !nopad);
            case BASE32HEX -> base32(data, B32HEX, !nopad);
            case HEX -> lower ? HexFormat.of().formatHex(data) : HexFormat.of().withUpperCase().formatHex(data);
        };
    }

    /** Decodes, throwing IllegalArgumentException for invalid input. */
    byte[] decode(String text, boolean url, boolean nopad) {
        return switch (this) {
            case BASE64 -> {
                String t = text.strip();
                if (nopad && t.contains("=")) throw new IllegalArgumentException("padding is not allowed with --nopad");
                yield (url ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(t);
            }
            case BASE32 -> unbase32(text.strip(), B32, nopad);
            case BASE32HEX -> unbase32(text.strip(), B32HEX, nopad);
            case HEX -> HexFormat.of().parseHex(text.strip());
        };
    }

    private static String base32(byte[] data, String alphabet, boolean pad) {
        StringBuilder sb = new StringBuilder();
        int buffer = 0, bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                sb.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) sb.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        if (pad) while (sb.length() % 8 != 0) sb.append('=');
        return sb.toString();
    }

    private static byte[] unbase32(String text, String alphabet, boolean nopad) {
        if (nopad && text.contains("=")) throw new IllegalArgumentException("padding is not allowed with --nopad");
        if (!nopad && text.length() % 8 != 0) throw new IllegalArgumentException("invalid length");
        String t = text.replaceAll("=+$", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0, bits = 0;
        for (char c : t.toCharArray()) {
            int v = alphabet.indexOf(c);
            if (v < 0) throw new IllegalArgumentException("invalid symbol " + c);
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
