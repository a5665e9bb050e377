package dev.nuebpf.stdlib.web;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.stdlib.common.V;
import dev.nuebpf.stdlib.strings.Operate;
import dev.nuebpf.syntax.SyntaxShape;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

/**
 * {@code url parse}: an absolute URL (or one relative to {@code --base}) as a record of its parts, with the
 * query also split into a key/value table. Default ports are left out, as a WHATWG parser does.
 */
public final class UrlParseCommand implements Command {
    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("http", 80, "https", 443, "ws", 80, "wss", 443, "ftp", 21);

    @Override public Signature signature() {
        return Signature.build("url parse", Category.MISC)
                .description("Parse a URL string into structured data.")
                .rest("rest", SyntaxShape.CELL_PATH, "Optionally operate by cell path.")
                .named("base", SyntaxShape.STRING, "Base URL used to resolve relative URLs.", 'b')
                .io("string", "record").io("table", "table").io("record", "record")
                .searchTerms("scheme", "username", "password", "hostname", "port", "path", "query", "fragment");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Parses a url", "'https://www.example.com/foo/bar?a=1&b=2#frag' | url parse",
                        rec("scheme", "https", "username", "", "password", "", "host", "www.example.com", "port", "",
                                "path", "/foo/bar", "query", "a=1&b=2", "fragment", "frag",
                                "params", V.table(V.cols("key", "value"), V.row(V.s("a"), V.s("1")), V.row(V.s("b"), V.s("2"))))),
                Example.of("Parses a relative url against a base", "'../images/logo.png' | url parse --base 'https://example.com/products/item1'",
                        rec("scheme", "https", "username", "", "password", "", "host", "example.com", "port", "",
                                "path", "/images/logo.png", "query", "", "fragment", "", "params", V.list())));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String base = call.stringFlag("base");
        Span src = Inputs.span(input);
        return Operate.map(input, call, v -> parse(Operate.str(call, v), base, call, src));
    }

    static Value parse(String text, String base, Call call, Span src) {
        try {
            URI u = new URI(escapeIllegal(text));
            if (base != null) u = new URI(base).resolve(u);
            if (u.getScheme() == null || u.isOpaque() && !u.getScheme().equals("mailto")) throw bad(call, src);
            u = u.normalize();
            String scheme = u.getScheme().toLowerCase(java.util.Locale.ROOT);
            String user = "", pass = "";
            String info = u.getRawUserInfo();
            if (info != null) {
                int c = info.indexOf(':');
                user = c < 0 ? info : info.substring(0, c);
                pass = c < 0 ? "" : info.substring(c + 1);
            }
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(java.util.Locale.ROOT);
            int port = u.getPort();
            String portText = port < 0 || DEFAULT_PORTS.getOrDefault(scheme, -1) == port ? "" : Integer.toString(port);
            String path = u.isOpaque() ? u.getRawSchemeSpecificPart() : u.getRawPath();
            if ((path == null || path.isEmpty()) && DEFAULT_PORTS.containsKey(scheme)) path = "/";
            while (path != null && path.startsWith("/../")) path = path.substring(3);
            String query = u.getRawQuery() == null ? "" : u.getRawQuery();
            return rec("scheme", scheme, "username", user, "password", pass, "host", host, "port", portText,
                    "path", path == null ? "" : path, "query", query, "fragment", u.getRawFragment() == null ? "" : u.getRawFragment(),
                    "params", UrlSplitQueryCommand.table(query));
        } catch (URISyntaxException e) {
            throw bad(call, src);
        }
    }

    /** Percent-encodes what java.net.URI rejects but a WHATWG parser accepts and encodes (spaces, non-ASCII, quotes...). */
    private static String escapeIllegal(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (byte x : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int b = x & 0xFF;
            if (b > 32 && b < 127 && "\"<>`{}|\\^".indexOf(b) < 0) sb.append((char) b);
            else sb.append('%').append(String.format("%02X", b));
        }
        return sb.toString();
    }

    /** A record from alternating keys and values; strings become string values. */
    private static Record rec(Object... kv) {
        Record.Builder b = Record.builder();
        for (int k = 0; k < kv.length; k += 2) b.put((String) kv[k], kv[k + 1] instanceof String s ? Value.of(s) : (Value) kv[k + 1]);
        return b.build();
    }

    private static ShellException bad(Call call, Span src) {
        return new ShellException(Diagnostic.builder("nu::shell::unsupported_input", "Unsupported input")
                .label(call.head(), "Incomplete or incorrect URL. Expected a full URL, e.g., https://www.example.com")
                .label(src == null ? call.head() : src, "value originates from here").build());
    }
}
