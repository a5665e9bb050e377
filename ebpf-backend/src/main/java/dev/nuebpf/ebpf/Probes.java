package dev.nuebpf.ebpf;

import dev.nuebpf.command.Call;
import dev.nuebpf.ebpf.runtime.Probe;
import dev.nuebpf.ebpf.runtime.ProbeRegistry;

/** The calling shell's probe registry, and probe lookup by the id argument with a spanned error. */
final class Probes {
    private Probes() {}

    static ProbeRegistry registry(Call call) {
        return call.engine().service(ProbeRegistry.class, ProbeRegistry::new);
    }

    static Probe byId(Call call, int arg) {
        long id = call.intArg(arg);
        ProbeRegistry r = registry(call);
        Probe p = id > 0 && id <= Integer.MAX_VALUE ? r.get((int) id) : null;
        if (p == null)
            throw EbpfErrors.diag(EbpfErrors.NO_PROBE, "No such probe.", call.positionalSpan(arg), "no probe with id " + id,
                    r.ids().isEmpty() ? "no probes are attached; `ebpf attach` returns an id" : "attached probe ids: " + r.ids() + " (see `ebpf list`)");
        return p;
    }
}
