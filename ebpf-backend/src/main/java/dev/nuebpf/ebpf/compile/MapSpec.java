package dev.nuebpf.ebpf.compile;

/**
 * A map a compiled probe uses, as described in the object's {@code .maps} section. {@code name} is the ELF symbol
 * the program's map relocations refer to. For RINGBUF, keySize and valueSize are 0 and maxEntries the buffer size
 * in bytes; for PERF_EVENT_ARRAY, maxEntries 0 means "one per possible CPU" (the loader fills it in, as libbpf does).
 */
public record MapSpec(String name, MapType type, int keySize, int valueSize, int maxEntries, MapRole role) {}
