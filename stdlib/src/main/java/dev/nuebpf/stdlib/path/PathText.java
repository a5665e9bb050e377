package dev.nuebpf.stdlib.path;

import dev.nuebpf.command.Engine;
import dev.nuebpf.runtime.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Unix path text operations with the semantics of Rust's {@code std::path} (which nu uses): components skip
 * repeated separators and inner ".", ".." stays, {@code push} of an absolute path replaces, and so on.
 * Purely textual; only {@link #expand} looks at the file system.
 */
final class PathText {
    private PathText() {}

    static List<String> components(String p) {
        List<String> out = new ArrayList<>();
        if (p.startsWith("/")) out.add("/");
        String[] parts = p.split("/");
        for (int i = 0; i < parts.length; i++) {
            String s = parts[i];
            if (s.isEmpty()) continue;
            if (s.equals(".") && !(i == 0 && !p.startsWith("/"))) continue;
            out.add(s);
        }
        return out;
    }

    private static String build(List<String> comps) {
        if (comps.isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < comps.size(); i++) {
            String c = comps.get(i);
            if (i > 0 && !(i == 1 && comps.get(0).equals("/"))) sb.append('/');
            sb.append(c);
        }
        return sb.toString();
    }

    /** The last normal component, or "" (for "/", "..", ""). */
    static String fileName(String p) {
        List<String> c = components(p);
        if (c.isEmpty()) return "";
        String last = c.get(c.size() - 1);
        return last.equals("/") || last.equals("..") || last.equals(".") ? "" : last;
    }

    /** The parent, or null when there is none ("/" and ""). */
    static String parent(String p) {
        List<String> c = components(p);
        if (c.isEmpty() || (c.size() == 1 && c.get(0).equals("/"))) return null;
        return build(c.subList(0, c.size() - 1));
    }

    /** PathBuf::push: an absolute part replaces, otherwise a separator is added if needed. */
    static String join(String base, String part) {
        if (part.startsWith("/")) return part;
        if (base.isEmpty()) return part;
        return base.endsWith("/") ? base + part : base + "/" + part;
    }

    /** The stem and extension of a file name, Rust's rules: ".bashrc" has no extension. */
    static String[] stemExt(String name) {
        if (name.equals("..")) return new String[] {name, ""};
        int dot = name.lastIndexOf('.');
        if (dot <= 0) return new String[] {name, ""};
        return new String[] {name.substring(0, dot), name.substring(dot + 1)};
    }

    /** What is left of {@code p} after removing the leading components of {@code prefix}, or null. */
    static String stripPrefix(String p, String prefix) {
        List<String> a = components(p), b = components(prefix);
        if (b.size() > a.size() || !a.subList(0, b.size()).equals(b)) return null;
        return build(a.subList(b.size(), a.size()));
    }

    /** Tilde expansion, absolute against the cwd, "." and ".." resolved lexically. */
    static Path absolute(String p, Engine engine) {
        String s = p;
        if (s.equals("~") || s.startsWith("~/")) {
            Value home = engine.env("HOME");
            String h = home instanceof Value.Str hs ? hs.value() : System.getProperty("user.home");
            s = h + s.substring(1);
        }
        Path path = Path.of(s.isEmpty() ? "." : s);
        if (!path.isAbsolute()) path = engine.cwd().resolve(path);
        return path.normalize();
    }
}
