package dev.nuebpf.ebpf;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.List;

/** Registers the ebpf commands (attach, detach, list, events, counters, histogram). */
public final class EbpfCommands implements CommandProvider {
    @Override public List<Command> commands() {
        return List.of(new EbpfAttachCommand(), new EbpfDetachCommand(), new EbpfListCommand(), new EbpfEventsCommand(),
                new EbpfCountersCommand(), new EbpfHistogramCommand(), new EbpfLoadCommand());
    }
}
