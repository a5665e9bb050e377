/**
 * Reading what probes send to user space: a {@link dev.nuebpf.ebpf.read.RingBufReader} (BPF ring buffer via mmap
 * + epoll) or a {@link dev.nuebpf.ebpf.read.PerfBufReader} (one perf buffer per CPU, for kernels without ring
 * buffers), each run by an {@link dev.nuebpf.ebpf.read.EventPump} thread into a bounded
 * {@link dev.nuebpf.ebpf.read.EventQueue}. When the queue is full, events are counted as lost, never dropped silently.
 */
package dev.nuebpf.ebpf.read;
