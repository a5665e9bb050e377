/**
 * Core commands: echo, print, describe, error make, default, is-empty, seq, generate, help and friends.
 * One class per command, registered by {@link dev.nuebpf.stdlib.core.CoreCommands}; {@code do} and the
 * other keywords live in the interpreter.
 */
package dev.nuebpf.stdlib.core;
