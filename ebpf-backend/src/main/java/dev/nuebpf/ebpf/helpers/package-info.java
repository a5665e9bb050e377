/**
 * The bpf-* helpers, each defined once ({@link dev.nuebpf.ebpf.helpers.BpfHelper}): signature and examples, the
 * interpreter meaning against a {@link dev.nuebpf.ebpf.helpers.ProbeContext} (the live process or a mock), and the
 * code it compiles to. {@link dev.nuebpf.ebpf.helpers.Log2Histogram} is the one definition of histogram buckets.
 */
package dev.nuebpf.ebpf.helpers;
