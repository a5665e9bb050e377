package dev.nuebpf.stdlib.formats;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.Nuon;
import dev.nuebpf.format.ValueDisplay;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML: our own block-style emitter (so the output matches nu's: plain scalars when safe, double quotes
 * otherwise, literal blocks for multi-line strings) and SnakeYAML for reading with YAML 1.2-like scalars
 * (no yes/no booleans, dates stay strings unless tagged).
 */
final class Yaml {
    private Yaml() {}

    // ---- writing ---------------------------------------------------------------------------------

    static String write(Value v) {
        StringBuilder sb = new StringBuilder();
        if (v instanceof Record r && !r.isEmpty()) record(sb, r, 0);
        else if (v instanceof Value.ListV l && !l.items().isEmpty()) list(sb, l.items(), 0);
        else sb.append(scalar(v, 0)).append('\n');
        return sb.toString();
    }

    private static boolean isBlock(Value v) {
        return (v instanceof Record r && !r.isEmpty()) || (v instanceof Value.ListV l && !l.items().isEmpty());
    }

    private static void record(StringBuilder sb, Record r, int indent) {
        for (int i = 0; i < r.size(); i++) {
            if (i > 0) sb.append(" ".repeat(indent));
            String k = r.keys().get(i);
            sb.append(k.equals("-") ? quoted(k) : plainOrQuoted(k)).append(':');
            Value v = r.values().get(i);
            if (v instanceof Record rr && !rr.isEmpty()) {
                sb.append('\n').append(" ".repeat(indent + 2));
                record(sb, rr, indent + 2);
            } else if (v instanceof Value.ListV l && !l.items().isEmpty()) {
                sb.append('\n').append(" ".repeat(indent));
                list(sb, l.items(), indent);
            } else {
                sb.append(' ').append(scalar(v, indent)).append('\n');
            }
        }
    }

    private static void list(StringBuilder sb, List<Value> items, int indent) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) sb.append(" ".repeat(indent));
            sb.append("- ");
            Value v = items.get(i);
            if (v instanceof Record r && !r.isEmpty()) record(sb, r, indent + 2);
            else if (v instanceof Value.ListV l && !l.items().isEmpty()) list(sb, l.items(), indent + 2);
            else sb.append(scalar(v, indent)).append('\n');
        }
    }

    private static String scalar(Value v, int indent) {
        return switch (v) {
            case Value.Nothing n -> "null";
            case Value.Bool b -> Boolean.toString(b.value());
            case Value.Int i -> Long.toString(i.value());
            case Value.Float f -> Double.isNaN(f.value()) ? ".nan" : Double.isInfinite(f.value())
                    ? (f.value() > 0 ? ".inf" : "-.inf") : number(f.value());
            case Value.Str s -> string(s.value(), indent);
            case Value.Glob g -> string(g.pattern(), indent);
            case Record r -> "{}";
            case Value.ListV l -> "[]";
            case Value.Date d -> "!!timestamp " + (d.value().getOffset().equals(ZoneOffset.UTC)
                    ? Nuon.rfc3339(d.value()).replace("+00:00", "Z") : Nuon.rfc3339(d.value()));
            case Value.Filesize f -> "!filesize " + f.bytes();
            case Value.Duration d -> "!duration " + d.nanos();
            case Value.Binary b -> "!!binary " + Base64.getEncoder().encodeToString(b.bytes());
            default -> string(ValueDisplay.toText(v), indent);
        };
    }

    /** Like JSON's float text, but an exponent form always has a fraction ("1.0e+20"). */
    private static String number(double d) {
        String s = Json.number(d);
        int e = s.indexOf('e');
        if (e > 0 && s.lastIndexOf('.', e) < 0) s = s.substring(0, e) + ".0" + s.substring(e);
        return s;
    }

    private static final Pattern AMBIGUOUS = Pattern.compile(
            "~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(\\d[\\d_]*|0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+)"
                    + "|[-+]?(\\d[\\d_]*)?\\.?\\d[\\d_]*([eE][-+]?\\d+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private static String plainOrQuoted(String s) {
        if (s.equals("-")) return "'-'";
        if (needsQuotes(s)) return quoted(s);
        return s;
    }

    private static boolean needsQuotes(String s) {
        if (s.isEmpty() || AMBIGUOUS.matcher(s).matches()) return true;
        if ("?:,[]{}#&*!|>'\"%@` \t".indexOf(s.charAt(0)) >= 0 || s.startsWith("- ")) return true;
        if (s.endsWith(" ") || s.endsWith(":") || s.contains(": ") || s.contains("#")) return true;
        for (char c : s.toCharArray()) if (c < 0x20 || c == 0x7f) return true;
        return false;
    }

    private static String string(String s, int indent) {
        if (s.contains("\n") && !s.contains("\r")) {
            String chomp = s.endsWith("\n\n") ? "+" : s.endsWith("\n") ? "" : "-";
            StringBuilder sb = new StringBuilder("|").append(chomp);
            String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
            for (String line : body.split("\n", -1)) sb.append('\n').append(" ".repeat(indent + 2)).append(line);
            return sb.toString();
        }
        return plainOrQuoted(s);
    }

    private static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02X", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    // ---- reading ---------------------------------------------------------------------------------

    private static final Tag OCTAL = new Tag("tag:nu-ebpf,2026:octal");

    /** SafeConstructor plus YAML 1.2's {@code 0o} octal integers. */
    private static final class CoreConstructor extends SafeConstructor {
        CoreConstructor(LoaderOptions o) {
            super(o);
            yamlConstructors.put(OCTAL, new org.yaml.snakeyaml.constructor.AbstractConstruct() {
                @Override public Object construct(org.yaml.snakeyaml.nodes.Node node) {
                    return Long.parseLong(((org.yaml.snakeyaml.nodes.ScalarNode) node).getValue().substring(2), 8);
                }
            });
        }
    }

    /** YAML 1.2 core schema scalars: no yes/no/on/off booleans, no implicit timestamps. */
    private static final class CoreResolver extends Resolver {
        @Override protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
            addImplicitResolver(Tag.INT, Pattern.compile("^(?:[-+]?[0-9]+|0x[0-9a-fA-F]+)$"), "-+0123456789");
            addImplicitResolver(OCTAL, Pattern.compile("^0o[0-7]+$"), "0");
            addImplicitResolver(Tag.FLOAT, Pattern.compile(
                    "^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"),
                    "-+0123456789.");
            addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|Null|NULL| )$"), "~nN\0");
            addImplicitResolver(Tag.NULL, Pattern.compile("^$"), null);
            addImplicitResolver(Tag.MERGE, MERGE, "<");
        }
    }

    static Value read(String text, Span span) {
        LoaderOptions lo = new LoaderOptions();
        lo.setAllowDuplicateKeys(false);
        org.yaml.snakeyaml.DumperOptions dumper = new org.yaml.snakeyaml.DumperOptions();
        org.yaml.snakeyaml.Yaml y = new org.yaml.snakeyaml.Yaml(new CoreConstructor(lo), new Representer(dumper), dumper, lo, new CoreResolver());
        List<Value> docs = new ArrayList<>();
        try {
            for (Object doc : y.loadAll(text)) docs.add(convert(doc));
        } catch (RuntimeException e) {
            throw new ShellException(Diagnostic.builder("nu::shell::unsupported_input", "Could not parse YAML")
                    .label(span, "value originates from here").help(String.valueOf(e.getMessage()).lines().findFirst().orElse("")).build());
        }
        if (docs.isEmpty()) return Value.NOTHING;
        return docs.size() == 1 ? docs.get(0) : new Value.ListV(docs);
    }

    private static Value convert(Object o) {
        if (o == null) return Value.NOTHING;
        if (o instanceof Map<?, ?> m) {
            Record.Builder b = Record.builder();
            for (Map.Entry<?, ?> e : m.entrySet()) b.put(key(e.getKey()), convert(e.getValue()));
            return b.build();
        }
        if (o instanceof List<?> l) {
            List<Value> items = new ArrayList<>();
            for (Object x : l) items.add(convert(x));
            return new Value.ListV(items);
        }
        if (o instanceof Boolean b) return Value.of(b);
        if (o instanceof Integer i) return Value.of((long) i);
        if (o instanceof Long l) return Value.of(l);
        if (o instanceof BigInteger bi) {
            if (bi.bitLength() < 64) return Value.of(bi.longValue());
            throw new IllegalArgumentException("integer " + bi + " does not fit in 64 bits");
        }
        if (o instanceof Double d) return Value.of(d);
        if (o instanceof Float f) return Value.of((double) f);
        if (o instanceof byte[] bytes) return new Value.Binary(bytes);
        if (o instanceof java.util.Date d) return new Value.Date(d.toInstant().atZone(ZoneOffset.UTC));
        return Value.of(o.toString());
    }

    private static String key(Object k) {
        if (k == null) return "null";
        if (k instanceof Double d) return Nuon.formatFloat(d).replaceAll("\\.0$", ".0");
        return k.toString();
    }
}
