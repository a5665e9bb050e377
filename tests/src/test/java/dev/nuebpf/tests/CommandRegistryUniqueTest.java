package dev.nuebpf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * Every command name is defined by exactly one class. The registry keeps the first provider's command for a name,
 * so a second definition would be dead code that silently loses (or wins, if the order changes).
 */
class CommandRegistryUniqueTest {
    @Test void noTwoProvidersDefineTheSameCommand() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (CommandProvider p : ServiceLoader.load(CommandProvider.class)) {
            for (Command c : p.commands()) {
                String prev = owner.putIfAbsent(c.name(), c.getClass().getName());
                if (prev != null) clashes.add(c.name() + ": " + prev + " and " + c.getClass().getName());
            }
        }
        assertEquals(List.of(), clashes);
    }
}
