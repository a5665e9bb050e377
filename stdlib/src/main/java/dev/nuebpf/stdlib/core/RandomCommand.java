package dev.nuebpf.stdlib.core;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import dev.nuebpf.runtime.Values;
import dev.nuebpf.stdlib.common.CellPathOps;
import dev.nuebpf.stdlib.common.Closures;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.stdlib.common.TypeNames;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
/** The {@code random} family: int, float, bool, chars, uuid (v4 and v7). Values are random, so examples check shape only. */
public final class RandomCommand implements Command {
    private final String sub;
    private final Signature sig;
    private static final java.security.SecureRandom RNG = new java.security.SecureRandom();

    private RandomCommand(String sub, Signature sig) {
        this.sub = sub;
        this.sig = sig;
    }

    public static List<Command> all() {
        return List.of(
                new RandomCommand("int", Signature.build("random int", Category.MISC)
                        .description("Generate a random integer [min..max].")
                        .optional("range", SyntaxShape.RANGE, "Range of potential values, inclusive of both start and end values.")
                        .io("nothing", "int").searchTerms("generate", "natural", "number")),
                new RandomCommand("float", Signature.build("random float", Category.MISC)
                        .description("Generate a random float within a range [min..max].")
                        .optional("range", SyntaxShape.RANGE, "Range of values.")
                        .io("nothing", "float").searchTerms("generate")),
                new RandomCommand("bool", Signature.build("random bool", Category.MISC)
                        .description("Generate a random boolean value.")
                        .named("bias", SyntaxShape.NUMBER, "Adjusts the probability of a \"true\" outcome.", 'b')
                        .io("nothing", "bool").searchTerms("generate", "boolean", "true", "false", "1", "0")),
                new RandomCommand("chars", Signature.build("random chars", Category.MISC)
                        .description("Generate random chars uniformly distributed over ASCII letters and numbers: a-z, A-Z and 0-9.")
                        .named("length", SyntaxShape.INT, "Number of chars (default 25)", 'l')
                        .io("nothing", "string").searchTerms("generate", "character", "symbol", "alphanumeric")),
                new RandomCommand("uuid", Signature.build("random uuid", Category.MISC)
                        .description("Generate a random uuid string of the specified version.")
                        .named("version", SyntaxShape.INT, "The UUID version to generate (1, 3, 4, 5, 7). Defaults to 4 if not specified.", 'v')
                        .io("nothing", "string").searchTerms("generate", "uuid4", "uuid7")));
    }

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return switch (sub) {
            case "int" -> List.of(Example.of("A random integer in a range", "random int 1..1", i(1)),
                    Example.of("The result is an int", "random int | describe", s("int")));
            case "float" -> List.of(Example.of("A random float in a range", "random float 2..2", f(2.0)),
                    Example.of("The result is a float", "random float | describe", s("float")));
            case "bool" -> List.of(Example.of("A bias of 1 always gives true", "random bool --bias 1", b(true)));
            case "chars" -> List.of(Example.of("Ten random characters", "random chars --length 10 | str length", i(10)));
            default -> List.of(Example.of("A version 4 uuid has 36 characters", "random uuid | str length", i(36)));
        };
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        return PipelineData.of(switch (sub) {
            case "int" -> randomInt(call);
            case "float" -> randomFloat(call);
            case "bool" -> {
                Value bias = call.flag("bias");
                double p = bias == null ? 0.5 : ValueOps.toDouble(bias);
                if (p < 0 || p > 1) throw ShellErrors.incorrectValue("probability must be between 0 and 1", call.flagSpan("bias"));
                yield Value.of(RNG.nextDouble() < p || p == 1);
            }
            case "chars" -> {
                Long n = call.intFlag("length");
                if (n != null && n < 0) throw dev.nuebpf.command.ShellException.of("nu::shell::invalid_value", "Invalid value", call.flagSpan("length"),
                        "the length must not be negative");
                String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
                StringBuilder sb = new StringBuilder();
                for (long k = 0; k < (n == null ? 25 : n); k++) sb.append(alphabet.charAt(RNG.nextInt(alphabet.length())));
                yield Value.of(sb.toString());
            }
            default -> {
                Long v = call.intFlag("version");
                if (v == null || v == 4) yield Value.of(java.util.UUID.randomUUID().toString());
                if (v == 7) yield Value.of(uuid7());
                throw ShellErrors.incorrectValue("only versions 4 and 7 are supported", call.flagSpan("version"));
            }
        });
    }

    private static Value randomInt(Call call) {
        Value rv = call.positional(0);
        long lo = 0, hi = Long.MAX_VALUE;
        if (rv instanceof Value.RangeV r) {
            lo = r.start() instanceof Value.Int a ? a.value() : 0;
            hi = r.end() instanceof Value.Int b ? b.value() - (r.inclusive() ? 0 : 1) : Long.MAX_VALUE;
            if (hi < lo) throw ShellErrors.incorrectValue("The start of the range is larger than the end", call.positionalSpan(0));
        }
        if (hi == lo) return Value.of(lo);
        long span = hi - lo + 1;
        return Value.of(span <= 0 ? lo + (RNG.nextLong() & Long.MAX_VALUE) : lo + RNG.nextLong(span));
    }

    private static Value randomFloat(Call call) {
        Value rv = call.positional(0);
        double lo = 0, hi = 1;
        if (rv instanceof Value.RangeV r) {
            if (r.start() != null && ValueOps.isNumber(r.start())) lo = ValueOps.toDouble(r.start());
            hi = r.end() != null && ValueOps.isNumber(r.end()) ? ValueOps.toDouble(r.end()) : Double.MAX_VALUE;
            if (hi < lo) throw ShellErrors.incorrectValue("The start of the range is larger than the end", call.positionalSpan(0));
        }
        return new Value.Float(hi == lo ? lo : lo + RNG.nextDouble() * (hi - lo));
    }

    /** A time-ordered UUID (RFC 9562 version 7). */
    private static String uuid7() {
        long ms = System.currentTimeMillis();
        long hi = (ms << 16) | 0x7000L | (RNG.nextInt() & 0x0fff);
        long lo = (RNG.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new java.util.UUID(hi, lo).toString();
    }
}
