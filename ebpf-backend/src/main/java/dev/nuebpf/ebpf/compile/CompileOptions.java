package dev.nuebpf.ebpf.compile;

/**
 * Choices the caller makes: the events map type (ring buffer where the kernel has it, else perf event array),
 * map sizes, the program's name (its ELF symbol) and the size of string buffers for bpf-read-str.
 */
public record CompileOptions(MapType eventsMap, int ringbufBytes, int counterEntries, int timerEntries,
                             String programName, int stringBytes) {

    public static final CompileOptions DEFAULT = new CompileOptions(MapType.RINGBUF, 256 * 1024, 10240, 10240, "nu_probe", 128);

    public CompileOptions {
        if (eventsMap != MapType.RINGBUF && eventsMap != MapType.PERF_EVENT_ARRAY)
            throw new IllegalArgumentException("events map must be RINGBUF or PERF_EVENT_ARRAY");
        if (stringBytes <= 0 || stringBytes % 8 != 0) throw new IllegalArgumentException("stringBytes must be a positive multiple of 8");
    }

    public CompileOptions withEventsMap(MapType t) {
        return new CompileOptions(t, ringbufBytes, counterEntries, timerEntries, programName, stringBytes);
    }

    public CompileOptions withProgramName(String n) {
        return new CompileOptions(eventsMap, ringbufBytes, counterEntries, timerEntries, n, stringBytes);
    }
}
