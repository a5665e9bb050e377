/**
 * Coverage-guided fuzz targets (Jazzer's JUnit integration) for the three front doors user text goes through:
 * the parser, the interpreter and the eBPF compiler. The property is the same everywhere: whatever the text,
 * the outcome is a value or a diagnostic, never an escaped Java exception or an internal error. Under plain
 * {@code mvn verify} each target runs its committed seed inputs ({@code <Class>Inputs/<method>/} in resources)
 * as regression tests; {@code JAZZER_FUZZ=1} fuzzes one target for its {@code maxDuration} (bin/test does that).
 */
package dev.nuebpf.tests.fuzz;
