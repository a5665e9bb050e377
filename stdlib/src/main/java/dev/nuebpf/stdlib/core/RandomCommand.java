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
import dev.nuebpf.runtime.TypeNames;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
/** The {@code random} family: int, float, bool, chars, uuid (v4 and v7). Values are random, so examples check shape only. */
public final class RandomCommand implements Command {
    private final String sub;
    private final Signature sig;
    /** Made on first use: seeding a SecureRandom initialises the security providers (~5 ms of every start-up otherwise). */
    private static final class Rng {
        static final java.security.SecureRandom RNG = new java.security.SecureRandom();
    }

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
                        .named("namespace", SyntaxShape.STRING, "The namespace for v3 and v5 UUIDs (dns, url, oid, x500). Required for v3 and v5.", 'n')
                        .named("name", SyntaxShape.STRING, "The name string for v3 and v5 UUIDs. Required for v3 and v5.", 's')
                        .named("mac", SyntaxShape.STRING, "The MAC address (node ID) used to generate v1 UUIDs. Required for v1.", 'm')
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
            default -> List.of(Example.of("A version 4 uuid has 36 characters", "random uuid | str length", i(36)),
                    Example.of("A version 5 uuid is derived from a namespace and a name", "random uuid -v 5 -n dns -s example.com",
                            s("cfbff0d1-9375-5685-968c-48ce8b15ae17")),
                    Example.of("A version 3 uuid uses MD5", "random uuid -v 3 -n dns -s example.com", s("9073926b-929f-31c2-abc9-fad77ae3e8eb")));
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
                yield Value.of(Rng.RNG.nextDouble() < p || p == 1);
            }
            case "chars" -> {
                Long n = call.intFlag("length");
                if (n != null && n < 0) throw dev.nuebpf.command.ShellException.of("nu::shell::invalid_value", "Invalid value", call.flagSpan("length"),
                        "the length must not be negative");
                String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
                StringBuilder sb = new StringBuilder();
                for (long k = 0; k < (n == null ? 25 : n); k++) sb.append(alphabet.charAt(Rng.RNG.nextInt(alphabet.length())));
                yield Value.of(sb.toString());
            }
            default -> {
                Long v = call.intFlag("version");
                if (v == null || v == 4) yield Value.of(java.util.UUID.randomUUID().toString());
                if (v == 7) yield Value.of(uuid7());
                if (v == 3 || v == 5) yield Value.of(nameBased(call, v.intValue()));
                if (v == 1) yield Value.of(uuid1(call));
                throw ShellErrors.incorrectValue("Unsupported UUID version: " + v + ". Supported versions are 1, 3, 4, 5, and 7.", call.flagSpan("version"));
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
        return Value.of(span <= 0 ? lo + (Rng.RNG.nextLong() & Long.MAX_VALUE) : lo + Rng.RNG.nextLong(span));
    }

    private static Value randomFloat(Call call) {
        Value rv = call.positional(0);
        double lo = 0, hi = 1;
        if (rv instanceof Value.RangeV r) {
            if (r.start() != null && ValueOps.isNumber(r.start())) lo = ValueOps.toDouble(r.start());
            hi = r.end() != null && ValueOps.isNumber(r.end()) ? ValueOps.toDouble(r.end()) : Double.MAX_VALUE;
            if (hi < lo) throw ShellErrors.incorrectValue("The start of the range is larger than the end", call.positionalSpan(0));
        }
        return new Value.Float(hi == lo ? lo : lo + Rng.RNG.nextDouble() * (hi - lo));
    }

    /** Version 3 (MD5) or 5 (SHA-1) UUID of a name in one of the standard namespaces (RFC 9562 section 5.3/5.5). */
    private static String nameBased(Call call, int version) {
        String ns = call.stringFlag("namespace"), name = call.stringFlag("name");
        if (ns == null || name == null)
            throw ShellErrors.incorrectValue("--namespace and --name are required for version " + version + " UUIDs", call.flagSpan("version"));
        String nsId = switch (ns.toLowerCase()) {
            case "dns" -> "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
            case "url" -> "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
            case "oid" -> "6ba7b812-9dad-11d1-80b4-00c04fd430c8";
            case "x500" -> "6ba7b814-9dad-11d1-80b4-00c04fd430c8";
            default -> throw ShellErrors.incorrectValue("namespace must be one of dns, url, oid, x500", call.flagSpan("namespace"));
        };
        java.util.UUID nsUuid = java.util.UUID.fromString(nsId);
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(16 + name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        buf.putLong(nsUuid.getMostSignificantBits()).putLong(nsUuid.getLeastSignificantBits()).put(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] hash;
        try {
            hash = java.security.MessageDigest.getInstance(version == 3 ? "MD5" : "SHA-1").digest(buf.array());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        hash[6] = (byte) ((hash[6] & 0x0f) | (version << 4));
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        java.nio.ByteBuffer h = java.nio.ByteBuffer.wrap(hash, 0, 16);
        return new java.util.UUID(h.getLong(), h.getLong()).toString();
    }

    /** Version 1: 100 ns ticks since 1582-10-15, a random clock sequence and the given MAC address as node. */
    private static String uuid1(Call call) {
        String mac = call.stringFlag("mac");
        if (mac == null) throw ShellErrors.incorrectValue("--mac is required for version 1 UUIDs", call.flagSpan("version"));
        String hex = mac.replace(":", "").replace("-", "");
        if (!hex.matches("[0-9a-fA-F]{12}")) throw ShellErrors.incorrectValue("MAC address must be 6 bytes, like 00:11:22:33:44:55", call.flagSpan("mac"));
        long ticks = (System.currentTimeMillis() * 10_000L) + 0x01B21DD213814000L;
        long hi = ((ticks & 0xFFFFFFFFL) << 32) | (((ticks >>> 32) & 0xFFFFL) << 16) | 0x1000L | ((ticks >>> 48) & 0x0FFFL);
        long lo = (0x8000L | (Rng.RNG.nextInt() & 0x3FFF)) << 48 | Long.parseLong(hex, 16);
        return new java.util.UUID(hi, lo).toString();
    }

    /** A time-ordered UUID (RFC 9562 version 7). */
    private static String uuid7() {
        long ms = System.currentTimeMillis();
        long hi = (ms << 16) | 0x7000L | (Rng.RNG.nextInt() & 0x0fff);
        long lo = (Rng.RNG.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new java.util.UUID(hi, lo).toString();
    }
}
