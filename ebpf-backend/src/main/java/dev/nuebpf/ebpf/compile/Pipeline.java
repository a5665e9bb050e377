package dev.nuebpf.ebpf.compile;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.ebpf.probe.ProgramTarget;
import dev.nuebpf.runtime.Value;

/** The passes in order (check → lower → allocate → assemble → BTF → ELF); one class per pass. */
final class Pipeline {
    private Pipeline() {}

    static CompiledProbe run(ProgramTarget target, Value.ClosureV closure, CompileOptions options) {
        throw ShellException.of(ProbeCompiler.UNSUPPORTED, "Not compiled yet.", closure.ast().span(), "compiler in progress");
    }
}
