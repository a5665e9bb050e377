package dev.nuebpf.stdlib.core;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.util.List;

/**
 * {@code version}: nu's record, so scripts that check {@code (version).version} or {@code major}/{@code minor} see the
 * Nushell release this shell follows (0.115.1); the Rust build fields are empty, and nu-ebpf's own version and the
 * JVM it runs on are added.
 */
public final class VersionCommand implements Command {
    static final String NU_VERSION = "0.115.1";

    @Override public Signature signature() {
        return Signature.build("version", Category.CORE)
                .description("Display Nu version, and its build configuration.")
                .io("nothing", "record")
                .searchTerms("version", "build", "jvm");
    }

    @Override public List<Example> examples() {
        return List.of(Example.of("The Nushell release this shell is compatible with", "(version).version", s(NU_VERSION)),
                Example.of("Its major and minor numbers", "version | select major minor", rec("major", i(0), "minor", i(115))),
                Example.parseOnly("Display Nu version.", "version"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        String ours = VersionCommand.class.getPackage().getImplementationVersion();
        String arch = System.getProperty("os.arch", "");
        String os = System.getProperty("os.name", "").toLowerCase();
        Record r = Record.builder()
                .put("version", s(NU_VERSION)).put("major", i(0)).put("minor", i(115)).put("patch", i(1))
                .put("branch", s("")).put("commit_hash", s(""))
                .put("build_os", s(os + "-" + (arch.equals("amd64") ? "x86_64" : arch)))
                .put("build_target", s("jvm"))
                .put("rust_version", s("")).put("rust_channel", s("")).put("cargo_version", s(""))
                .put("build_time", s("")).put("build_rust_channel", s("release")).put("allocator", s("jvm"))
                .put("features", s("default, ebpf")).put("installed_plugins", s("")).put("experimental_options", s(""))
                .put("nu_ebpf", s(ours == null ? "0.1.0-SNAPSHOT" : ours))
                .put("java_version", s(System.getProperty("java.version", "")))
                .put("java_vm", s(System.getProperty("java.vm.name", "") + " " + System.getProperty("java.vm.version", "")))
                .build();
        return PipelineData.of(r);
    }
}
