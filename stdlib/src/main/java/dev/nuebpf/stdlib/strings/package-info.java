/**
 * String commands ({@code str *}, {@code split *}, {@code lines}, {@code parse}, {@code char}, {@code fill},
 * {@code format pattern|bits|number}, {@code detect columns}, {@code ansi}, {@code encode}/{@code decode} ...),
 * one class per command. {@link dev.nuebpf.stdlib.strings.Operate} holds the shared "apply to a value, each
 * item of a list or stream, or the cells named by cell paths" behaviour that most of them (and the math and
 * bytes commands) use; {@link dev.nuebpf.stdlib.strings.Regexes} adapts nu's Rust regex syntax to Java.
 */
package dev.nuebpf.stdlib.strings;
