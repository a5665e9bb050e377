package dev.nuebpf.stdlib.web;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.List;

/** Registers the web commands (one class per command in this package). */
public final class WebCommands implements CommandProvider {
    @Override public List<Command> commands() {
        return List.of(
                new HashCommand("md5"), new HashCommand("sha256"),
                new UrlEncodeCommand(), new UrlDecodeCommand(), new UrlBuildQueryCommand(), new UrlSplitQueryCommand(),
                new UrlParseCommand(), new UrlJoinCommand());
    }
}
