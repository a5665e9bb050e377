package dev.nuebpf.syntax;

import dev.nuebpf.diag.Span;
import java.util.List;

/** Elements joined by {@code |}; each element's output is the next one's input ($in). */
public record Pipeline(List<Element> elements, Span span) {

    /** One stage; {@code redirect} is non-null for {@code o> file}, {@code e> file}, {@code o+e>|} and friends. */
    public record Element(Expr expr, Redirect redirect, Span span) {}

    /** An output redirection of an element: which streams, and the target file expression (null for a pipe). */
    public record Redirect(String kind, Expr target, boolean append, Span span) {}
}
