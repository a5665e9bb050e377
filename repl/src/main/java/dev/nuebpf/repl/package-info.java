/**
 * The {@code nu-ebpf} front ends: the command line ({@link dev.nuebpf.repl.Main}: REPL, script, {@code -c},
 * conformance server), the jline REPL with history, multi-line input, completion and highlighting, and how
 * results and errors are printed. Everything here talks to the interpreter through
 * {@link dev.nuebpf.truffle.Shell} only.
 */
package dev.nuebpf.repl;
