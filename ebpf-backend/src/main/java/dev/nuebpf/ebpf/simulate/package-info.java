/**
 * {@code ebpf simulate} and {@link dev.nuebpf.ebpf.simulate.ProbeState}, the interpreter's in-memory stand-in for a
 * probe's maps (events, counters, histogram, timers), so probe logic is testable without a kernel.
 */
package dev.nuebpf.ebpf.simulate;
