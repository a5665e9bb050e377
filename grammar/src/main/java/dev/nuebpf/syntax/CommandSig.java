package dev.nuebpf.syntax;

import dev.nuebpf.diag.Span;
import java.util.List;

/** A def's written signature {@code [a: int, b?, --flag (-f): string, ...rest]: input -> output}. */
public record CommandSig(List<Param> params, List<IoType> ioTypes, Span span) {
    public record IoType(TypeAnn input, TypeAnn output) {}
}
