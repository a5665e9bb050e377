package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code from url}: an application/x-www-form-urlencoded string ("a=1&b=x+y") as a record of strings. */
public final class FromUrlCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("from url", Category.FORMATS)
                .description("Parse url-encoded string as a record.")
                .io("string", "record");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("Convert url encoded string into a record", "'bread=baguette&cheese=comt%C3%A9&meat=ham&fat=butter' | from url",
                Record.builder().put("bread", Value.of("baguette")).put("cheese", Value.of("comté")).put("meat", Value.of("ham"))
                        .put("fat", Value.of("butter")).build()));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String text = Inputs.text(call, input, "from url");
        Record.Builder b = Record.builder();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            b.put(decode(k), Value.of(decode(v)));
        }
        return PipelineData.of(b.build());
    }

    /** Percent-decoding with '+' as space; malformed escapes are kept as written (nu does the same). */
    static String decode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') out.write(' ');
            else if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) { return Character.digit(c, 16); }
}
