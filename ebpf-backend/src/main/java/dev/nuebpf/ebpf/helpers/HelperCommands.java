package dev.nuebpf.ebpf.helpers;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import dev.nuebpf.ebpf.simulate.SimulateCommand;
import java.util.ArrayList;
import java.util.List;

/** Registers the bpf-* helpers (each defined once: signature, examples, interpreter semantics, lowering) and ebpf simulate. */
public final class HelperCommands implements CommandProvider {
    @Override public List<Command> commands() {
        List<Command> out = new ArrayList<>(HelperRegistry.all());
        out.add(new SimulateCommand());
        return out;
    }
}
