package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.command.Call;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.ShellErrors;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Searching byte arrays for a pattern, shared by index-of, remove, replace, split and starts/ends-with. */
final class ByteSearch {
    private ByteSearch() {}

    /** True if {@code pat} occurs in {@code data} at {@code at}. */
    static boolean matchAt(byte[] data, byte[] pat, int at) {
        if (at < 0 || at + pat.length > data.length) return false;
        for (int i = 0; i < pat.length; i++) if (data[at + i] != pat[i]) return false;
        return true;
    }

    /** Start offsets of the non-overlapping matches, scanning from the front. */
    static List<Integer> forward(byte[] data, byte[] pat) {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        while (i + pat.length <= data.length) {
            if (matchAt(data, pat, i)) { out.add(i); i += pat.length; }
            else i++;
        }
        return out;
    }

    /** Start offsets of the non-overlapping matches, scanning from the back (last match first). */
    static List<Integer> backward(byte[] data, byte[] pat) {
        List<Integer> out = new ArrayList<>();
        int i = data.length - pat.length;
        while (i >= 0) {
            if (matchAt(data, pat, i)) { out.add(i); i -= pat.length; }
            else i--;
        }
        return out;
    }

    /** Splices {@code repl} over the matches at {@code starts} (in any order) each {@code len} long. */
    static byte[] splice(byte[] data, List<Integer> starts, int len, byte[] repl) {
        List<Integer> sorted = new ArrayList<>(starts);
        sorted.sort(null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        int pos = 0;
        for (int s : sorted) {
            out.write(data, pos, s - pos);
            out.write(repl, 0, repl.length);
            pos = s + len;
        }
        out.write(data, pos, data.length - pos);
        return out.toByteArray();
    }

    /** The binary pattern argument {@code i}; Nushell rejects an empty one with {@code what} in the label. */
    static byte[] pattern(Call call, int i, String what) {
        Value v = call.req(i);
        if (!(v instanceof Value.Binary b)) throw ShellErrors.typeMismatch("expected binary, found " + v.typeName(), call.positionalSpan(i));
        if (b.bytes().length == 0) throw ShellErrors.typeMismatch(what + " cannot be empty", call.positionalSpan(i));
        return b.bytes();
    }
}
