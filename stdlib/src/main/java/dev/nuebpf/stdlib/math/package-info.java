/**
 * The {@code math} and {@code bits} commands. Two shapes cover almost all math commands: reductions ({@link
 * dev.nuebpf.stdlib.math.MathReduction}: a list, range or table column becomes one value) and element-wise
 * functions ({@link dev.nuebpf.stdlib.math.MathElementwise}: each number becomes a number). Both accept a
 * record of lists and cell paths naming which columns to work on, as nu 0.115 does. {@link
 * dev.nuebpf.stdlib.math.Bits} holds the word-size rules of the bitwise commands.
 */
package dev.nuebpf.stdlib.math;
