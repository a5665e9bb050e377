package dev.nuebpf.stdlib.core;

import static dev.nuebpf.stdlib.common.V.*;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.runtime.ValueOps;
import dev.nuebpf.runtime.Values;
import dev.nuebpf.stdlib.common.CellPathOps;
import dev.nuebpf.stdlib.common.Closures;
import dev.nuebpf.stdlib.common.Inputs;
import dev.nuebpf.stdlib.common.ShellErrors;
import dev.nuebpf.runtime.TypeNames;
import dev.nuebpf.syntax.PathMember;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
/**
 * {@code error make}: raises an error described by a record ({msg, label: {text, span: {start, end}},
 * labels, help, code, url, inner}) or a plain message. Label spans are offsets into the calling source.
 * The record travels with the exception so that {@code catch} can hand it back.
 */
public final class ErrorMakeCommand implements Command {
    private final Signature sig = Signature.build("error make", Category.CORE)
            .description("Create an error.")
            .optional("error_struct", SyntaxShape.ANY, "The error to create.")
            .switchFlag("unspanned", "Remove the labels from the error.", 'u')
            .io("any", "any")
            .searchTerms("panic", "crash", "throw");

    @Override public Signature signature() { return sig; }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Catch an error and read its message", "try { error make {msg: 'boom'} } catch {|e| $e.msg }", s("boom")),
                Example.parseOnly("An error with a label and help", "error make {msg: 'bad value', label: {text: 'here', span: {start: 0, end: 4}}, help: 'try another'}"),
                Example.parseOnly("An error without a source location", "error make --unspanned {msg: 'no location'}"),
                Example.parseOnly("An error from a plain message", "error make 'something failed'"));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value arg = call.positional(0);
        boolean unspanned = call.has("unspanned");
        Span argSpan = arg == null ? call.span() : call.positionalSpan(0);
        if (arg == null || arg instanceof Value.Str) {
            String msg = arg == null ? "originates from here" : ((Value.Str) arg).value();
            var b = dev.nuebpf.diag.Diagnostic.builder("nu::shell::error", msg);
            if (!unspanned) b.label(call.span(), "");
            throw new dev.nuebpf.command.ShellException(b.build(), Record.of("msg", Value.of(msg)));
        }
        if (!(arg instanceof Record r)) throw ShellErrors.typeMismatch("expected record or string, found " + TypeNames.of(arg), argSpan);
        throw new dev.nuebpf.command.ShellException(diagnostic(call, r, argSpan, unspanned), r);
    }

    static dev.nuebpf.diag.Diagnostic diagnostic(Call call, Record r, Span argSpan, boolean unspanned) {
        Value msg = r.get("msg");
        if (msg == null) throw ShellErrors.columnNotFound("msg", null, argSpan);
        Value code = r.get("code");
        var b = dev.nuebpf.diag.Diagnostic.builder(code instanceof Value.Str c ? c.value() : "nu::shell::error", dev.nuebpf.format.ValueDisplay.toText(msg));
        List<Value> labels = new ArrayList<>();
        Value one = r.get("label");
        if (one instanceof Record) labels.add(one);
        Value many = r.get("labels");
        if (many instanceof Value.ListV l) labels.addAll(l.items());
        if (!unspanned) {
            if (labels.isEmpty()) b.label(argSpan, "");
            for (Value lv : labels) {
                if (!(lv instanceof Record lr)) continue;
                String text = lr.get("text") == null ? "" : dev.nuebpf.format.ValueDisplay.toText(lr.get("text"));
                Value sp = lr.get("span");
                if (!(sp instanceof Record spr) || !(spr.get("start") instanceof Value.Int s) || !(spr.get("end") instanceof Value.Int e))
                    throw new dev.nuebpf.command.ShellException(dev.nuebpf.diag.Diagnostic.builder("nu::shell::missing_required_columns",
                            "Value is missing required columns.").label(argSpan, "missing `span: record<start: int, end: int>` column").build());
                b.label(new Span(call.head().source(), (int) s.value(), (int) e.value()), text);
            }
        }
        if (r.get("help") instanceof Value.Str h) b.help(h.value());
        if (r.get("inner") instanceof Value.ListV inner && !inner.items().isEmpty() && inner.items().get(0) instanceof Record ir && ir.has("msg"))
            b.inner(diagnostic(call, ir, argSpan, unspanned));
        return b.build();
    }
}
