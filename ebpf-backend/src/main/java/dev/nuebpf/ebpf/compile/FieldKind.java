package dev.nuebpf.ebpf.compile;

/** How an event field is stored and decoded. */
public enum FieldKind {
    /** 8 bytes, little-endian signed. */
    INT,
    /** 8 bytes, 0 or 1; decoded to a bool. */
    BOOL,
    /** 16 bytes, the task comm, NUL-padded; decoded to a string. */
    COMM,
    /** A fixed buffer (bpf-read-str / bpf-read-user-str), NUL-terminated UTF-8; decoded to a string. */
    STRING
}
