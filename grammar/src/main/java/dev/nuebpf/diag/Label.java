package dev.nuebpf.diag;

/** A span with the short text printed under its underline. */
public record Label(Span span, String text) {}
