package dev.nuebpf.ebpf.link;

/** Attaching failed; {@code help} tells the user what to do instead (may be null). */
public final class AttachException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String help;

    public AttachException(String message, String help) {
        super(message);
        this.help = help;
    }

    public AttachException(String message, String help, Throwable cause) {
        super(message, cause);
        this.help = help;
    }

    public String help() { return help; }
}
