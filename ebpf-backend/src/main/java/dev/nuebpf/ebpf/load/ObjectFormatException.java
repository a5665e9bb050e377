package dev.nuebpf.ebpf.load;

/** The object is not an ELF we can load; the message says what is wrong and where. */
public final class ObjectFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ObjectFormatException(String message) { super(message); }
}
