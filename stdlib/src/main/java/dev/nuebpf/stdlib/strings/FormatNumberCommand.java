package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.ShellErrors;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * {@code format number}: a number in several notations (Rust's debug and display forms, binary, exponent,
 * hex, octal). Floats show their IEEE-754 bits in binary, hex and octal.
 */
public final class FormatNumberCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("format number", Category.STRINGS)
                .description("Show a number in different notations.")
                .switchFlag("no-prefix", "Leave out the 0b, 0x and 0o prefixes.", 'n')
                .io("number", "record")
                .searchTerms("display", "render", "format", "hex", "octal", "binary");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("An integer", "42 | format number", Record.builder()
                .put("debug", Value.of("42")).put("display", Value.of("42")).put("binary", Value.of("0b101010"))
                .put("lowerexp", Value.of("4.2e1")).put("upperexp", Value.of("4.2E1")).put("lowerhex", Value.of("0x2a"))
                .put("upperhex", Value.of("0x2A")).put("octal", Value.of("0o52")).build()));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        boolean prefix = !call.has("no-prefix");
        return Operate.mapEach(input, v -> {
            long bits;
            String debug, display, exp;
            switch (v) {
                case Value.Int i -> {
                    bits = i.value();
                    debug = display = Long.toString(bits);
                    exp = sci(new BigDecimal(bits));
                }
                case Value.Float f -> {
                    double d = f.value();
                    bits = Double.doubleToRawLongBits(d);
                    display = plain(d);
                    debug = debug(d);
                    exp = Double.isFinite(d) ? sci(new BigDecimal(Double.toString(d))) : display;
                }
                default -> throw ShellErrors.unsupportedInput("int or float", v, call.head(), null);
            }
            String hex = Long.toHexString(bits);
            return Record.builder()
                    .put("debug", Value.of(debug))
                    .put("display", Value.of(display))
                    .put("binary", Value.of((prefix ? "0b" : "") + Long.toBinaryString(bits)))
                    .put("lowerexp", Value.of(exp))
                    .put("upperexp", Value.of(exp.replace('e', 'E')))
                    .put("lowerhex", Value.of((prefix ? "0x" : "") + hex))
                    .put("upperhex", Value.of((prefix ? "0x" : "") + hex.toUpperCase(Locale.ROOT)))
                    .put("octal", Value.of((prefix ? "0o" : "") + Long.toOctalString(bits)))
                    .build();
        });
    }

    /** Rust's {:e}: shortest digits as d.ddde<exp>. */
    private static String sci(BigDecimal x) {
        if (x.signum() == 0) return "0e0";
        BigDecimal s = x.stripTrailingZeros();
        String digits = s.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - s.scale();
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (x.signum() < 0 ? "-" : "") + mant + "e" + exp;
    }

    /** Rust's Display for f64: plain digits, no exponent, "1" for 1.0. */
    private static String plain(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return 1 / d < 0 ? "-0" : "0";
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    /** Rust's Debug for f64: like Display but keeps ".0", and uses an exponent below 1e-4 or from 1e16. */
    private static String debug(double d) {
        if (!Double.isFinite(d)) return plain(d);
        double a = Math.abs(d);
        if (a != 0 && (a < 1e-4 || a >= 1e16)) return sci(new BigDecimal(Double.toString(d)));
        String p = plain(d);
        return p.contains(".") ? p : p + ".0";
    }
}
