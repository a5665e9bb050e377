/**
 * The {@code bytes} commands: slicing, searching, replacing and joining binary data, one class per command.
 * {@link dev.nuebpf.stdlib.bytes.BinMapCommand} gives them the cell-path behaviour of the str commands.
 */
package dev.nuebpf.stdlib.bytes;
