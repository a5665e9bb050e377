package dev.nuebpf.truffle.translate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.NuContext;
import dev.nuebpf.truffle.nodes.ExprNode;

/** {@code $nu}: a record of shell facts (paths, pid, os info). */
final class NuVarNode extends ExprNode {
    NuVarNode(Span span) { super(span); }

    @Override public Value execute(VirtualFrame frame) { return build(context()); }

    @TruffleBoundary
    static Value build(NuContext ctx) {
        String home = System.getProperty("user.home");
        String config = home + "/.config/nushell";
        Record os = Record.builder()
                .put("name", Value.of(System.getProperty("os.name").toLowerCase()))
                .put("arch", Value.of(System.getProperty("os.arch").equals("amd64") ? "x86_64" : System.getProperty("os.arch")))
                .put("family", Value.of("unix"))
                .put("kernel_version", Value.of(System.getProperty("os.version")))
                .build();
        return Record.builder()
                .put("default-config-dir", Value.of(config))
                .put("config-path", Value.of(config + "/config.nu"))
                .put("env-path", Value.of(config + "/env.nu"))
                .put("history-path", Value.of(config + "/history.txt"))
                .put("loginshell-path", Value.of(config + "/login.nu"))
                .put("plugin-path", Value.of(config + "/plugin.msgpackz"))
                .put("home-path", Value.of(home))
                .put("data-dir", Value.of(home + "/.local/share/nushell"))
                .put("cache-dir", Value.of(home + "/.cache/nushell"))
                .put("vendor-autoload-dirs", new Value.ListV(java.util.List.of()))
                .put("user-autoload-dirs", new Value.ListV(java.util.List.of()))
                .put("temp-path", Value.of(System.getProperty("java.io.tmpdir")))
                .put("pid", Value.of(ProcessHandle.current().pid()))
                .put("os-info", os)
                .put("startup-time", new Value.Duration(0))
                .put("is-interactive", Value.of(ctx.options().interactive()))
                .put("is-login", Value.of(false))
                .put("history-enabled", Value.of(true))
                .put("current-exe", Value.of(ProcessHandle.current().info().command().orElse("nu-ebpf")))
                .build();
    }
}
