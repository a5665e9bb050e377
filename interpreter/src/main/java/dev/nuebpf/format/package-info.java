/**
 * How values and errors look as text, exactly as nu 0.115.1 prints them: {@link dev.nuebpf.format.ValueDisplay}
 * (scalars, interpolation, table cells), {@link dev.nuebpf.format.TableRenderer} (tables),
 * {@link dev.nuebpf.format.DiagnosticRenderer} (errors), {@link dev.nuebpf.format.Nuon} (NUON).
 * Kept in the interpreter module so commands ({@code table}, {@code into string}, {@code print}) and the
 * front ends share one implementation.
 */
package dev.nuebpf.format;
