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
        for (CommandProvider p : ServiceLoader.load(CommandProvider.class, loader)) {
            for (Command c : p.commands()) add(c);
        }
    }

    private static CommandRegistry defaultInstance;

    /** Shared instance for the default class loader (providers are stateless; loading them is not free). */
    public static synchronized CommandRegistry shared() {
        if (defaultInstance == null) defaultInstance = new CommandRegistry(CommandRegistry.class.getClassLoader());
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
