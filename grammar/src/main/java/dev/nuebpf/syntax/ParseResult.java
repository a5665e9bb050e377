package dev.nuebpf.syntax;

import dev.nuebpf.diag.Diagnostic;
import java.util.List;

/** The parsed block and every syntax diagnostic found (parsing does not stop at the first). */
public record ParseResult(Block block, List<Diagnostic> errors) {
    public boolean ok() { return errors.isEmpty(); }
}
