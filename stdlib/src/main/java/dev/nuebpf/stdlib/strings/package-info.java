/**
 * String commands ({@code str *}, {@code split *}, {@code lines}, {@code parse}, {@code char}, {@code fill},
 * {@code encode}/{@code decode} ...), one class per command. {@link dev.nuebpf.stdlib.strings.Operate} holds the shared "apply to a value, a list, or the cells named by
 * cell paths" behaviour that most of them (and the math commands) share.
 */
package dev.nuebpf.stdlib.strings;
