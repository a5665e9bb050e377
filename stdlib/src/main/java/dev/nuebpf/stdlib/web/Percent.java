package dev.nuebpf.stdlib.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Percent-encoding and form-urlencoding as the url commands use them. */
final class Percent {
    private Percent() {}

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static boolean alnum(int b) {
        return (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
    }

    /** Encodes every byte except ASCII letters and digits and the bytes in {@code keep}. */
    static String encode(byte[] data, String keep) {
        StringBuilder sb = new StringBuilder(data.length);
        for (byte x : data) {
            int b = x & 0xFF;
            if (alnum(b) || (b < 128 && keep.indexOf(b) >= 0)) sb.append((char) b);
            else sb.append('%').append(HEX[b >> 4]).append(HEX[b & 15]);
        }
        return sb.toString();
    }

    /** application/x-www-form-urlencoded: space becomes '+', and only {@code *-._} stay besides letters and digits. */
    static String form(String s) {
        return encode(s.getBytes(StandardCharsets.UTF_8), "*-._ ").replace(' ', '+');
    }

    /** Decodes %XX sequences; malformed ones stay as they are. {@code plus} also turns '+' into a space. */
    static byte[] decode(String s, boolean plus) {
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            int b = in[i];
            if (b == '%' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                out.write(hex(in[i + 1]) * 16 + hex(in[i + 2]));
                i += 2;
            } else if (plus && b == '+') {
                out.write(' ');
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** The bytes as UTF-8 text, or null if they are not valid UTF-8. */
    static String utf8(byte[] data) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(data)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }
}
