package dev.nuebpf.ebpf.compile;

/** The map types the compiler creates, with their {@code enum bpf_map_type} numbers from linux/bpf.h. */
public enum MapType {
    HASH(1), ARRAY(2), PERF_EVENT_ARRAY(4), PERCPU_HASH(5), PERCPU_ARRAY(6), RINGBUF(27);

    public final int id;

    MapType(int id) { this.id = id; }
}
