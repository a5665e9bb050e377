package dev.nuebpf.stdlib.strings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The named ANSI sequences of {@code ansi}: the 16 colours with their bold/underline/italic/dimmed/reverse and
 * background variants (built from the SGR numbers), text attributes, resets and a few cursor/screen controls.
 * (nu's 240 {@code xterm_*} names are not included.)
 */
final class AnsiCodes {
    private AnsiCodes() {}

    record Entry(String name, String shortName, String code) {}

    static final Map<String, Entry> BY_NAME = new LinkedHashMap<>();
    static final Map<String, Entry> BY_SHORT = new LinkedHashMap<>();
    /** Colour name (or short name) to its SGR foreground number; background is that plus 10. */
    static final Map<String, Integer> COLOR_SGR = new LinkedHashMap<>();

    private static final String E = "\u001b";

    private static void add(String name, String shortName, String code) {
        Entry e = new Entry(name, shortName, code);
        BY_NAME.put(name, e);
        if (!shortName.isEmpty()) BY_SHORT.putIfAbsent(shortName, e);
    }

    /** A colour with its five styled variants and its background; {@code fg} is the SGR foreground number. */
    private static void color(String name, String s, int fg) {
        COLOR_SGR.put(name, fg);
        COLOR_SGR.putIfAbsent(s, fg);
        add(name, s, E + "[" + fg + "m");
        add(name + "_bold", s + "b", E + "[1;" + fg + "m");
        add(name + "_underline", s + "u", E + "[4;" + fg + "m");
        add(name + "_italic", s + "i", E + "[3;" + fg + "m");
        add(name + "_dimmed", s + "d", E + "[2;" + fg + "m");
        add(name + "_reverse", s + "r", E + "[7;" + fg + "m");
        add("bg_" + name, "bg_" + s, E + "[" + (fg + 10) + "m");
    }

    static {
        color("green", "g", 32); color("light_green", "lg", 92);
        color("red", "r", 31); color("light_red", "lr", 91);
        color("blue", "b", 34); color("light_blue", "lu", 94);
        color("black", "k", 30); color("light_gray", "ligr", 97);
        color("yellow", "y", 33); color("light_yellow", "ly", 93);
        color("purple", "p", 35); color("light_purple", "lp", 95);
        color("magenta", "m", 35); color("light_magenta", "lm", 95);
        color("cyan", "c", 36); color("light_cyan", "lc", 96);
        color("white", "w", 37); color("dark_gray", "dgr", 90);
        color("default", "def", 39);
        String[][] attrs = {{"normal", "n", "0"}, {"bold", "bo", "1"}, {"dimmed", "d", "2"}, {"italic", "i", "3"},
                {"underline", "u", "4"}, {"blink", "bl", "5"}, {"blink_fast", "bf", "6"}, {"reverse", "re", "7"},
                {"hidden", "h", "8"}, {"strike", "s", "9"}, {"double_underline", "du", "21"}};
        for (String[] a : attrs) add("attr_" + a[0], a[1], E + "[" + a[2] + "m");
        String[][] resets = {{"reset", "rst", "0"}, {"reset_bold", "rst_bo", "22"}, {"reset_dimmed", "rst_d", "22"},
                {"reset_italic", "rst_i", "23"}, {"reset_underline", "rst_u", "24"}, {"reset_blink", "rst_bl", "25"},
                {"reset_reverse", "rst_re", "27"}, {"reset_hidden", "rst_h", "28"}, {"reset_strike", "rst_s", "29"}};
        for (String[] r : resets) add(r[0], r[1], E + "[" + r[2] + "m");
        add("title", "", E + "]2;");
        add("clear_screen", "", E + "[J");
        add("clear_screen_from_cursor_to_end", "", E + "[0J");
        add("clear_screen_from_cursor_to_beginning", "", E + "[1J");
        add("clear_entire_screen", "cls", E + "[2J");
        add("clear_entire_screen_plus_buffer", "clsb", E + "[2J" + E + "[3J");
        add("clear_scrollback_buffer", "clb", E + "[3J");
        add("erase_line", "", E + "[K");
        add("erase_line_from_cursor_to_end", "", E + "[0K");
        add("erase_line_from_cursor_to_beginning", "", E + "[1K");
        add("erase_entire_line", "", E + "[2K");
        add("cursor_off", "", E + "[?25l");
        add("cursor_on", "", E + "[?25h");
        add("cursor_home", "home", E + "[H");
        add("cursor_blink_off", "", E + "[?12l");
        add("cursor_blink_on", "", E + "[?12h");
        add("cursor_position", "", E + "[6n");
        add("cursor_left", "", E + "[D");
        add("cursor_right", "", E + "[C");
        add("cursor_up", "", E + "[A");
        add("cursor_down", "", E + "[B");
        add("identity", "", E + "[0c");
        add("escape", "esc", E);
        add("escape_left", "csi", E + "[");
        add("escape_right", "osc", E + "]");
        add("string_terminator", "st", E + "\\");
        add("rgb_fg", "", E + "[38;2;");
        add("rgb_bg", "", E + "[48;2;");
        add("color_idx_fg", "idx_fg", E + "[38;5;");
        add("color_idx_bg", "idx_bg", E + "[48;5;");
        add("size", "", E + "[s" + E + "[999;999H" + E + "[6n" + E + "[u");
    }

    static String lookup(String nameOrShort) {
        Entry e = BY_NAME.get(nameOrShort);
        if (e == null) e = BY_SHORT.get(nameOrShort);
        return e == null ? null : e.code;
    }
}
