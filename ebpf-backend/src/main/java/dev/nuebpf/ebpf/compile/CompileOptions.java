package dev.nuebpf.ebpf.compile;

/**
 * Choices the caller makes: the events map type (ring buffer where the kernel has it, else perf event array),
 * map sizes, the program's name (its ELF symbol), the size of string buffers for bpf-read-str, and the flags of
 * bpf_ringbuf_output ({@link #RB_NO_WAKEUP} suits a reader that polls on a timer: no wake-up per event).
 */
public record CompileOptions(MapType eventsMap, int ringbufBytes, int counterEntries, int timerEntries,
                             String programName, int stringBytes, long ringbufFlags) {

    /** BPF_RB_NO_WAKEUP: do not wake the reader for this record. */
    public static final long RB_NO_WAKEUP = 1;

    public static final CompileOptions DEFAULT = new CompileOptions(MapType.RINGBUF, 256 * 1024, 10240, 10240, "nu_probe", 128, 0);

    public CompileOptions {
        if (eventsMap != MapType.RINGBUF && eventsMap != MapType.PERF_EVENT_ARRAY)
            throw new IllegalArgumentException("events map must be RINGBUF or PERF_EVENT_ARRAY");
        if (stringBytes <= 0 || stringBytes % 8 != 0) throw new IllegalArgumentException("stringBytes must be a positive multiple of 8");
    }

    /** Without ring buffer flags (every event wakes the reader). */
    public CompileOptions(MapType eventsMap, int ringbufBytes, int counterEntries, int timerEntries, String programName, int stringBytes) {
        this(eventsMap, ringbufBytes, counterEntries, timerEntries, programName, stringBytes, 0);
    }

    public CompileOptions withEventsMap(MapType t) {
        return new CompileOptions(t, ringbufBytes, counterEntries, timerEntries, programName, stringBytes, ringbufFlags);
    }

    public CompileOptions withProgramName(String n) {
        return new CompileOptions(eventsMap, ringbufBytes, counterEntries, timerEntries, n, stringBytes, ringbufFlags);
    }

    public CompileOptions withRingbufFlags(long flags) {
        return new CompileOptions(eventsMap, ringbufBytes, counterEntries, timerEntries, programName, stringBytes, flags);
    }
}
