package dev.nuebpf.stdlib.conversions;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.syntax.PathMember;
import java.util.ArrayList;
import java.util.List;

/** {@code into cell-path}: ints are row indexes, strings column names; records give optional/insensitive flags. */
public final class IntoCellPathCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("into cell-path", Category.CONVERSIONS)
                .description("Convert value to a cell-path.")
                .extraDescription("Converting a string directly into a cell path is intentionally not supported.")
                .io("cell-path", "cell-path").io("int", "cell-path").io("list<any>", "cell-path")
                .io("table<value: any, optional: bool, insensitive: bool>", "cell-path")
                .searchTerms("convert");
    }

    private static Value path(PathMember... m) { return new Value.CellPathV(List.of(m)); }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Convert integer into cell path", "5 | into cell-path", path(PathMember.index(5, false, Span.UNKNOWN))),
                Example.of("Convert cell path into cell path", "5 | into cell-path | into cell-path", path(PathMember.index(5, false, Span.UNKNOWN))),
                Example.of("Convert string into cell path", "'some.path' | split row '.' | into cell-path",
                        path(PathMember.column("some", false, Span.UNKNOWN), PathMember.column("path", false, Span.UNKNOWN))),
                Example.of("Convert list into cell path", "[5 c 7 h] | into cell-path",
                        path(PathMember.index(5, false, Span.UNKNOWN), PathMember.column("c", false, Span.UNKNOWN),
                                PathMember.index(7, false, Span.UNKNOWN), PathMember.column("h", false, Span.UNKNOWN))));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value v = input.collect();
        Span head = call.head();
        return PipelineData.of(switch (v) {
            case Value.CellPathV c -> c;
            case Value.Int i -> path(member(i, false, false, head));
            case Value.ListV l -> {
                List<PathMember> ms = new ArrayList<>();
                for (Value item : l.items()) {
                    if (item instanceof Record r) {
                        Value val = r.get("value");
                        if (val == null) throw Errors.incorrectValue("record must have a `value` column", head);
                        ms.add(member(val, flag(r.get("optional"), head), flag(r.get("insensitive"), head), head));
                    } else ms.add(member(item, false, false, head));
                }
                yield new Value.CellPathV(ms);
            }
            default -> throw Errors.unsupportedInput("into cell-path", "int, list", v, head, head);
        });
    }

    private static boolean flag(Value v, Span head) {
        if (v == null || v == Value.NOTHING) return false;
        if (v instanceof Value.Bool b) return b.value();
        throw Errors.typeMismatch("bool", v, head);
    }

    private static PathMember member(Value v, boolean optional, boolean insensitive, Span head) {
        if (v instanceof Value.Int i) {
            if (i.value() < 0) throw Errors.cantConvert("cell path", "negative number", head);
            return new PathMember(null, i.value(), true, optional, false, head);
        }
        if (v instanceof Value.Str s) return new PathMember(s.value(), -1, false, optional, insensitive, head);
        throw Errors.cantConvert("cell path", v.typeName(), head);
    }
}
