package dev.nuebpf.syntax;

import dev.nuebpf.diag.Span;
import java.util.List;

/** A sequence of pipelines separated by newlines or {@code ;}; its value is the last pipeline's. */
public record Block(List<Pipeline> pipelines, Span span) {}
