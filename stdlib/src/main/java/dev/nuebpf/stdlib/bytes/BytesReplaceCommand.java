package dev.nuebpf.stdlib.bytes;

import dev.nuebpf.stdlib.strings.Operate;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.SyntaxShape;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code bytes replace} and {@code bytes remove} (a replacement by nothing): the first match, the last with
 * --end (remove only), or every match with --all.
 */
public final class BytesReplaceCommand extends BinMapCommand {
    private final boolean remove;

    public BytesReplaceCommand(boolean remove) { this.remove = remove; }

    @Override public Signature signature() {
        if (remove) {
            return withRest(sig("bytes remove", "Remove a pattern from binary data.", "binary", false)
                    .required("pattern", SyntaxShape.BINARY, "The bytes to remove.")
                    .switchFlag("end", "Remove the last match instead of the first.", 'e')
                    .switchFlag("all", "Remove every match.", 'a')).searchTerms("search", "shift", "switch");
        }
        return withRest(sig("bytes replace", "Replace a pattern in binary data.", "binary", false)
                .required("find", SyntaxShape.BINARY, "The bytes to find.")
                .required("replace", SyntaxShape.BINARY, "The bytes to put in their place.")
                .switchFlag("all", "Replace every match.", 'a')).searchTerms("search", "shift", "switch");
    }

    @Override public List<Example> examples() {
        HexFormat h = HexFormat.of();
        if (remove) {
            return List.of(
                    Example.of("Remove the first match", "0x[10 AA FF AA FF] | bytes remove 0x[10 AA]", binary(h.parseHex("ffaaff"))),
                    Example.of("Remove the last match", "0x[10 AA 10 BB CC AA 10] | bytes remove --end 0x[10]", binary(h.parseHex("10aa10bbccaa"))));
        }
        return List.of(
                Example.of("Replace the first match", "0x[10 AA FF AA FF] | bytes replace 0x[10 AA] 0x[FF]", binary(h.parseHex("ffffaaff"))),
                Example.of("Replace every match", "0x[10 AA 10 BB 10] | bytes replace --all 0x[10] 0x[A0]", binary(h.parseHex("a0aaa0bba0"))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        byte[] find = binArg(call, 0);
        byte[] with = remove ? new byte[0] : binArg(call, 1);
        boolean all = call.has("all"), end = remove && call.has("end");
        return Operate.map(input, call, v -> {
            byte[] b = bin(call, v);
            if (find.length == 0) return binary(b);
            if (end && !all) {
                int at = lastIndexOf(b, find, b.length);
                if (at < 0) return binary(b);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(b, 0, at);
                out.writeBytes(with);
                out.write(b, at + find.length, b.length - at - find.length);
                return binary(out.toByteArray());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int last = 0;
            for (int at = indexOf(b, find, 0); at >= 0; at = indexOf(b, find, last)) {
                out.write(b, last, at - last);
                out.writeBytes(with);
                last = at + find.length;
                if (!all) break;
            }
            out.write(b, last, b.length - last);
            return binary(out.toByteArray());
        });
    }
}
