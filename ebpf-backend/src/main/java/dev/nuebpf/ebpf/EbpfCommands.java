package dev.nuebpf.ebpf;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.List;

/** Registers the bpf-* helpers and the ebpf commands. */
public final class EbpfCommands implements CommandProvider {
    @Override public List<Command> commands() {
        return List.of();
    }
}
