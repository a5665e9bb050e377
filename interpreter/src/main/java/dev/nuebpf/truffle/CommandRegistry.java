package dev.nuebpf.truffle;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** All built-in commands, collected once from every {@link CommandProvider} on the class path. */
public final class CommandRegistry {
    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Map<String, Boolean> prefixes = new TreeMap<>();

    public CommandRegistry(ClassLoader loader) {
        this(ServiceLoader.load(CommandProvider.class, loader));
    }

    public CommandRegistry(Iterable<CommandProvider> providers) {
        for (CommandProvider p : providers) {
            for (Command c : p.commands()) add(c);
        }
    }

    private static CommandRegistry defaultInstance;
    private static java.util.List<CommandProvider> preset;

    /**
     * The providers {@link #shared()} uses instead of looking them up. A front end that knows its modules sets
     * them before the first shell: the service lookup opens every jar on the class path (~15 ms of start-up).
     */
    public static synchronized void presetProviders(java.util.List<CommandProvider> providers) {
        if (defaultInstance == null) preset = java.util.List.copyOf(providers);
    }

    /** Shared instance for the default class loader (providers are stateless; loading them is not free). */
    public static synchronized CommandRegistry shared() {
        if (defaultInstance == null) {
            defaultInstance = preset != null ? new CommandRegistry(preset) : new CommandRegistry(CommandRegistry.class.getClassLoader());
        }
        return defaultInstance;
    }

    public void add(Command c) {
        String name = c.name();
        // first provider wins for a name; later duplicates are ignored so one helper cannot break another
        if (commands.putIfAbsent(name, c) != null) return;
        String[] words = name.split(" ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            if (i > 0) sb.append(' ');
            sb.append(words[i]);
            prefixes.put(sb.toString(), Boolean.TRUE);
        }
    }

    public Command get(String name) { return commands.get(name); }

    public boolean isPrefix(String prefix) { return prefixes.containsKey(prefix); }

    public Collection<Command> all() { return Collections.unmodifiableCollection(commands.values()); }
}
