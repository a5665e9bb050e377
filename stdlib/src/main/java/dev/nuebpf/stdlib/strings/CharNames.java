package dev.nuebpf.stdlib.strings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The named characters of {@code char}, in the order {@code char --list} shows them: name, then the hex
 * code points (joined by '+') of the text it stands for.
 */
final class CharNames {
    private CharNames() {}

    private static final String[] TABLE = {
            "nul=0", "null_byte=0", "zero_byte=0", "newline=a", "enter=a", "nl=a",
            "line_feed=a", "lf=a", "carriage_return=d", "cr=d", "crlf=d+a", "tab=9",
            "sp=20", "space=20", "pipe=7c", "left_brace=7b", "lbrace=7b", "right_brace=7d",
            "rbrace=7d", "left_paren=28", "lp=28", "lparen=28", "right_paren=29", "rparen=29",
            "rp=29", "left_bracket=5b", "lbracket=5b", "right_bracket=5d", "rbracket=5d", "single_quote=27",
            "squote=27", "sq=27", "double_quote=22", "dquote=22", "dq=22", "path_sep=2f",
            "psep=2f", "separator=2f", "eol=a", "lsep=a", "line_sep=a", "esep=3a",
            "env_sep=3a", "tilde=7e", "twiddle=7e", "squiggly=7e", "home=7e", "hash=23",
            "hashtag=23", "pound_sign=23", "sharp=23", "root=23", "nf_branch=e0a0", "nf_segment=e0b0",
            "nf_left_segment=e0b0", "nf_left_segment_thin=e0b1", "nf_right_segment=e0b2", "nf_right_segment_thin=e0b3", "nf_git=f1d3", "nf_git_branch=e709+e0a0",
            "nf_folder1=f07c", "nf_folder2=f115", "nf_house1=f015", "nf_house2=f7db", "identical_to=2261", "hamburger=2261",
            "not_identical_to=2262", "branch_untracked=2262", "strictly_equivalent_to=2263", "branch_identical=2263", "upwards_arrow=2191", "branch_ahead=2191",
            "downwards_arrow=2193", "branch_behind=2193", "up_down_arrow=2195", "branch_ahead_behind=2195", "black_right_pointing_triangle=25b6", "prompt=25b6",
            "vector_or_cross_product=2a2f", "failed=2a2f", "high_voltage_sign=26a1", "elevated=26a1", "sun=2600+fe0f", "sunny=2600+fe0f",
            "sunrise=2600+fe0f", "moon=1f31b", "cloudy=2601+fe0f", "cloud=2601+fe0f", "clouds=2601+fe0f", "rainy=1f326+fe0f",
            "rain=1f326+fe0f", "foggy=1f32b+fe0f", "fog=1f32b+fe0f", "mist=2591", "haze=2591", "snowy=2744+fe0f",
            "snow=2744+fe0f", "thunderstorm=1f329+fe0f", "thunder=1f329+fe0f", "bel=7", "backspace=8", "file_separator=1c",
            "file_sep=1c", "fs=1c", "group_separator=1d", "group_sep=1d", "gs=1d", "record_separator=1e",
            "record_sep=1e", "rs=1e", "unit_separator=1f", "unit_sep=1f", "us=1f"
    };

    /** name to hex code points ("d a"), in list order. */
    static final Map<String, String> UNICODE = new LinkedHashMap<>();

    static {
        for (String e : TABLE) {
            int eq = e.indexOf('=');
            UNICODE.put(e.substring(0, eq), e.substring(eq + 1).replace('+', ' '));
        }
    }

    /** The text for a name, or null. */
    static String lookup(String name) {
        String hex = UNICODE.get(name);
        return hex == null ? null : fromHex(List.of(hex.split(" ")));
    }

    static String fromHex(List<String> hexes) {
        StringBuilder sb = new StringBuilder();
        for (String h : hexes) sb.appendCodePoint(Integer.parseInt(h, 16));
        return sb.toString();
    }

    static List<String> names() { return new ArrayList<>(UNICODE.keySet()); }
}
