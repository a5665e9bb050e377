package dev.nuebpf.command;

import dev.nuebpf.runtime.Value;

/** A documented use of a command. {@code result} null means "only checked to parse". */
public record Example(String description, String example, Value result) {
    public static Example of(String description, String example, Value result) { return new Example(description, example, result); }

    public static Example parseOnly(String description, String example) { return new Example(description, example, null); }
}
