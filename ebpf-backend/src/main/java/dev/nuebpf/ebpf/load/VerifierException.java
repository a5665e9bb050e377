package dev.nuebpf.ebpf.load;

import java.util.List;

/**
 * The kernel refused a program. Keeps the whole verifier log, its most telling line, the instruction it
 * complained about, and (with line info) the source line that instruction came from.
 */
public final class VerifierException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String program;
    private final int errno;
    private final String log;
    private final int insn;
    private final transient BtfExt.Line source;

    VerifierException(String program, int errno, String log, int insn, BtfExt.Line source) {
        super(summary(program, errno, log));
        this.program = program;
        this.errno = errno;
        this.log = log;
        this.insn = insn;
        this.source = source;
    }

    public String program() { return program; }
    public int errno() { return errno; }
    public String log() { return log; }
    /** The instruction the verifier stopped at, or -1. */
    public int insn() { return insn; }
    /** The source line of {@link #insn}, or null without line info. */
    public BtfExt.Line source() { return source; }

    /** The verifier's complaint: the last non-statistics line of the log. */
    public String complaint() { return lastLine(log); }

    static String summary(String program, int errno, String log) {
        String last = lastLine(log);
        String reason = last.isEmpty() ? dev.nuebpf.ebpf.sys.Errno.describe(errno) : last;
        return "the kernel verifier rejected program '" + program + "': " + reason;
    }

    static String lastLine(String log) {
        List<String> lines = log.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String l = lines.get(i);
            if (l.startsWith("processed ") || l.startsWith("verification time") || l.startsWith("stack depth")
                    || l.startsWith("-- END PROG LOAD LOG --")) continue;
            return l;
        }
        return "";
    }

    /** The last instruction index mentioned at the start of a log line ({@code "12: (85) call ..."}). */
    static int lastInsn(String log) {
        int found = -1;
        for (String l : log.lines().toList()) {
            int c = l.indexOf(':');
            if (c <= 0) continue;
            String head = l.substring(0, c).strip();
            if (!head.isEmpty() && head.chars().allMatch(Character::isDigit) && head.length() < 7) found = Integer.parseInt(head);
        }
        return found;
    }

    static BtfExt.Line lineFor(List<BtfExt.Line> lines, int insn) {
        BtfExt.Line best = null;
        if (lines == null || insn < 0) return null;
        for (BtfExt.Line l : lines) if (l.insn() <= insn && (best == null || l.insn() >= best.insn())) best = l;
        return best;
    }
}
