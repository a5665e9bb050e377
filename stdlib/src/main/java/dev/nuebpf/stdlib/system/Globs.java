package dev.nuebpf.stdlib.system;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Glob expansion relative to a directory ({@code *}, {@code **}, {@code ?}, {@code [..]}, {@code {a,b}}). */
final class Globs {
    private Globs() {}

    static boolean isGlob(String s) {
        for (char c : s.toCharArray()) if (c == '*' || c == '?' || c == '[' || c == '{') return true;
        return false;
    }

    /** Tilde-expanded, absolute (against {@code cwd}) path text. */
    static Path resolve(String p, Path cwd) {
        String s = p;
        if (s.equals("~") || s.startsWith("~/")) s = System.getProperty("user.home") + s.substring(1);
        Path path = Path.of(s);
        return path.isAbsolute() ? path.normalize() : cwd.resolve(path).normalize();
    }

    /** Matching paths, sorted; hidden entries only when the pattern names them or {@code all}. */
    static List<Path> expand(String pattern, Path cwd, boolean all, int maxDepth) throws IOException {
        String s = pattern;
        if (s.equals("~") || s.startsWith("~/")) s = System.getProperty("user.home") + s.substring(1);
        if (!isGlob(s)) {
            Path p = resolve(s, cwd);
            return Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? List.of(p) : List.of();
        }
        // the longest leading part without glob characters is where the walk starts
        String[] parts = s.split("/", -1);
        StringBuilder base = new StringBuilder(s.startsWith("/") ? "/" : "");
        int i = 0;
        for (; i < parts.length - 1; i++) {
            if (isGlob(parts[i])) break;
            if (parts[i].isEmpty()) continue;
            base.append(parts[i]).append('/');
        }
        Path root = base.length() == 0 ? cwd : resolve(base.toString(), cwd);
        String rest = String.join("/", java.util.Arrays.copyOfRange(parts, i, parts.length));
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        boolean deep = rest.contains("**");
        int depth = deep ? maxDepth : rest.split("/").length;
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(root)) return out;
        try (Stream<Path> walk = Files.walk(root, depth)) {
            walk.filter(p -> !p.equals(root)).forEach(p -> {
                Path rel = root.relativize(p);
                boolean hidden = false;
                for (Path c : rel) if (c.toString().startsWith(".")) hidden = true;
                if (hidden && !all && !rest.startsWith(".")) return;
                if (m.matches(rel) || (rest.startsWith("**/") && rel.getNameCount() == 1
                        && FileSystems.getDefault().getPathMatcher("glob:" + rest.substring(3)).matches(rel))) out.add(p);
            });
        }
        out.sort(null);
        return out;
    }
}
