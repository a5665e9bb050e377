package dev.nuebpf.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nuebpf.command.CommandProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class BuiltinProvidersTest {
    private static List<String> names(Iterable<CommandProvider> ps) {
        List<String> out = new ArrayList<>();
        for (CommandProvider p : ps) out.add(p.getClass().getName());
        return out;
    }

    @Test
    void theListedProvidersAreExactlyThoseOfTheServiceFiles() {
        List<String> listed = names(BuiltinProviders.all());
        List<String> found = names(ServiceLoader.load(CommandProvider.class));
        assertEquals(found.stream().sorted().toList(), listed.stream().sorted().toList(),
                "add new providers to BuiltinProviders too (start-up skips the service lookup)");
    }
}
