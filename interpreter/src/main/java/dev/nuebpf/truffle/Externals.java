package dev.nuebpf.truffle;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.format.ValueDisplay;
import dev.nuebpf.runtime.ExternalOutput;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Running external programs: PATH lookup, environment, stdin feeding, stderr handling, exit status. */
public final class Externals {
    private Externals() {}

    public static PipelineData run(NuContext ctx, String cmd, Span headSpan, List<String> args, PipelineData input,
                                   boolean captureStderr, Span span) {
        Path exe = resolve(ctx, cmd);
        if (exe == null) {
            throw new ShellException(Diagnostic.builder("nu::shell::external_command", "External command failed")
                    .label(headSpan, "Command `" + cmd + "` not found")
                    .help("`" + cmd + "` is neither a Nushell built-in or a known external command").build());
        }
        List<String> argv = new ArrayList<>();
        argv.add(exe.toString());
        argv.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(argv).directory(ctx.cwd().toFile());
        Map<String, String> env = pb.environment();
        env.clear();
        ctx.env().snapshot().forEach((k, v) -> {
            String s = envString(k, v);
            if (s != null) env.put(k, s);
        });
        boolean noInput = input == PipelineData.EMPTY || (input instanceof PipelineData.Single s && s.value() == Value.NOTHING);
        if (noInput && ctx.stdin() == System.in) pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        boolean inheritErr = !captureStderr && ctx.stderr() == System.err;
        if (inheritErr) pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new ShellException(Diagnostic.builder("nu::shell::external_command", "External command failed")
                    .label(headSpan, e.getMessage()).build());
        }
        ctx.started(p);
        if (!noInput) feed(p, input);
        else if (ctx.stdin() != System.in) closeQuietly(p.getOutputStream());
        ByteArrayOutputStream errBuf = null;
        Thread pump = null;
        if (!inheritErr) {
            ByteArrayOutputStream buf = captureStderr ? new ByteArrayOutputStream() : null;
            errBuf = buf;
            OutputStream target = captureStderr ? null : ctx.stderr();
            pump = new Thread(() -> {
                try (InputStream es = p.getErrorStream()) {
                    byte[] chunk = new byte[8192];
                    int n;
                    while ((n = es.read(chunk)) > 0) {
                        if (buf != null) synchronized (buf) { buf.write(chunk, 0, n); }
                        else { target.write(chunk, 0, n); target.flush(); }
                    }
                } catch (IOException ignored) {
                    // process ended
                }
            }, "nu-stderr");
            pump.setDaemon(true);
            pump.start();
        }
        ExternalOutput out = new ExternalOutput(p, errBuf, pump);
        Runnable exit = () -> {
            int code = out.waitFor();
            ctx.env().set("LAST_EXIT_CODE", Value.of(code));
            if (code != 0) {
                throw new ShellException(Diagnostic.builder("nu::shell::non_zero_exit_code", "External command had a non-zero exit code")
                        .label(headSpan, "exited with code " + code).build());
            }
        };
        return new PipelineData.ByteStream(out, exit, span);
    }

    /** Calls a built-in by a name known only at run time; arguments bind positionally (then to the rest parameter). */
    public static PipelineData callBuiltin(NuContext ctx, String name, Span head, Value[] vals, boolean[] spread,
                                           PipelineData input, Span span) {
        dev.nuebpf.command.Command cmd = ctx.registry().get(name);
        if (cmd == null) {
            throw new ShellException(Diagnostic.builder("nu::shell::external_command", "External command failed")
                    .label(head, "Command `" + name + "` not found").build());
        }
        List<Value> args = new ArrayList<>();
        for (int i = 0; i < vals.length; i++) {
            if (spread[i] && vals[i] instanceof Value.ListV l) args.addAll(l.items());
            else args.add(vals[i]);
        }
        int np = cmd.signature().positionals().size();
        Value[] pos = new Value[np];
        Span[] posSpans = new Span[np];
        List<Value> rest = new ArrayList<>();
        List<Span> restSpans = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (i < np) {
                pos[i] = args.get(i);
                posSpans[i] = span;
            } else {
                rest.add(args.get(i));
                restSpans.add(span);
            }
        }
        CallImpl call = new CallImpl(ctx, cmd, head, span, pos, posSpans, rest, restSpans, new String[0], new Value[0], new Span[0]);
        PipelineData out = cmd.run(call, input);
        return out == null ? PipelineData.EMPTY : out;
    }

    private static void feed(Process p, PipelineData input) {
        Thread t = new Thread(() -> {
            try (OutputStream os = p.getOutputStream()) {
                if (input instanceof PipelineData.ByteStream bs) {
                    bs.bytes().transferTo(os);
                } else if (input instanceof PipelineData.Single s) {
                    writeValue(os, s.value());
                } else {
                    Iterator<Value> it = input.iterator();
                    while (it.hasNext()) {
                        writeValue(os, it.next());
                        os.write('\n');
                    }
                }
            } catch (IOException | RuntimeException ignored) {
                // the program closed its stdin early
            }
        }, "nu-stdin");
        t.setDaemon(true);
        t.start();
    }

    private static void writeValue(OutputStream os, Value v) throws IOException {
        if (v instanceof Value.Binary b) os.write(b.bytes());
        else if (v instanceof Value.ListV l) {
            for (Value item : l.items()) {
                writeValue(os, item);
                os.write('\n');
            }
        } else os.write(ValueDisplay.toText(v).getBytes(StandardCharsets.UTF_8));
    }

    private static void closeQuietly(OutputStream os) {
        try {
            os.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    static String envString(String key, Value v) {
        if (v instanceof Value.Str s) return s.value();
        if (v instanceof Value.ListV l && (key.equals("PATH") || key.equals("Path"))) {
            List<String> parts = new ArrayList<>();
            for (Value item : l.items()) parts.add(ValueDisplay.toText(item));
            return String.join(java.io.File.pathSeparator, parts);
        }
        if (v instanceof Value.Int || v instanceof Value.Float || v instanceof Value.Bool) return ValueDisplay.toText(v);
        return null;
    }

    /** Finds the program: a path with a slash relative to cwd, else the first match on $env.PATH. */
    public static Path resolve(NuContext ctx, String cmd) {
        // no file name can hold a NUL (Path.of would throw): such a word is simply not a program
        if (cmd.isEmpty() || cmd.indexOf('\0') >= 0) return null;
        if (cmd.contains("/")) {
            Path p = ctx.cwd().resolve(cmd);
            return Files.isExecutable(p) ? p : null;
        }
        Value path = ctx.env().get("PATH", false);
        List<String> dirs = new ArrayList<>();
        if (path instanceof Value.ListV l) for (Value d : l.items()) dirs.add(ValueDisplay.toText(d));
        else if (path instanceof Value.Str s) dirs.addAll(List.of(s.value().split(java.io.File.pathSeparator)));
        for (String d : dirs) {
            if (d.isEmpty() || d.indexOf('\0') >= 0) continue;  // an entry no directory can have (fuzz finding)
            Path p = Path.of(d).resolve(cmd);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
        }
        return null;
    }

    /** Expands a bare word with glob characters against the file system; no match keeps the word. */
    public static List<String> expandGlob(String word, Path cwd) {
        if (!(word.contains("*") || word.contains("?") || word.contains("["))) return List.of(word);
        if (word.contains("/")) return List.of(word);
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(cwd, word)) {
            for (Path p : ds) out.add(p.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            return List.of(word);
        }
        if (out.isEmpty()) return List.of(word);
        out.sort(null);
        return out;
    }
}
