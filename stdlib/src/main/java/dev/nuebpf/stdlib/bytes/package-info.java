/**
 * Nushell's {@code bytes} family: slicing, searching, editing and joining binary values, with the usual
 * cell-path variants on records and tables.
 */
package dev.nuebpf.stdlib.bytes;
