package dev.nuebpf.format;

/** Binary values at the top level: nu's hex dump (offset, 16 bytes in groups of four, a character column). */
final class HexDump {
    private HexDump() {}

    static String dump(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        sb.append("Length: ").append(bytes.length).append(" (0x").append(Integer.toHexString(bytes.length)).append(") bytes");
        for (int off = 0; off < bytes.length; off += 16) {
            sb.append('\n').append(String.format("%08x:   ", off));
            StringBuilder hex = new StringBuilder();
            StringBuilder chars = new StringBuilder();
            for (int i = 0; i < 16 && off + i < bytes.length; i++) {
                if (i > 0) hex.append(i % 4 == 0 ? "  " : " ");
                int b = bytes[off + i] & 0xff;
                hex.append(String.format("%02x", b));
                chars.append(charFor(b));
            }
            sb.append(hex).append(" ".repeat(50 - hex.length())).append("   ").append(chars);
        }
        return sb.toString();
    }

    private static String charFor(int b) {
        if (b == 0) return "0";
        if (b == ' ') return " ";
        if (b == '\t' || b == '\n' || b == '\r' || b == 0x0b || b == 0x0c) return "_";
        if (b >= 0x21 && b < 0x7f) return String.valueOf((char) b);
        if (b >= 0x80) return "×";
        return "•";
    }
}
