/**
 * nu's {@code matrix} commands: a float matrix custom value ({@link dev.nuebpf.stdlib.matrix.Matrix}) with
 * construction, element-wise and matrix arithmetic, folds, and conversion back to nu lists.
 */
package dev.nuebpf.stdlib.matrix;
