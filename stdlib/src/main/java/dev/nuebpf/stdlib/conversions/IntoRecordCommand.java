package dev.nuebpf.stdlib.conversions;

import dev.nuebpf.command.Call;
import dev.nuebpf.command.Category;
import dev.nuebpf.command.Command;
import dev.nuebpf.command.Errors;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.ShellException;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import java.time.ZonedDateTime;
import java.util.List;

/** {@code into record}: merges a list of records or [key value] pairs, or takes a date or duration apart. */
public final class IntoRecordCommand implements Command {
    @Override public Signature signature() {
        return Signature.build("into record", Category.CONVERSIONS)
                .description("Convert value to record.")
                .io("datetime", "record").io("duration", "record").io("list<any>", "record").io("record", "record")
                .searchTerms("convert");
    }

    @Override public List<Example> examples() {
        return List.of(
                Example.of("Convert from one row table to record", "[[value]; [false]] | into record", Record.of("value", Value.of(false))),
                Example.of("Convert from list of records to record", "[{foo: bar} {baz: quux}] | into record",
                        Record.of("foo", Value.of("bar"), "baz", Value.of("quux"))),
                Example.of("Convert from list of pairs into record", "[[foo bar] [baz quux]] | into record",
                        Record.of("foo", Value.of("bar"), "baz", Value.of("quux"))),
                Example.of("convert a record to a record", "{a: 1, b: 2} | into record", Record.of("a", Value.of(1L), "b", Value.of(2L))),
                Example.of("convert duration to record (weeks max)", "(-500day - 4hr - 5sec) | into record",
                        Record.builder().put("week", Value.of(71L)).put("day", Value.of(3L)).put("hour", Value.of(4L))
                                .put("second", Value.of(5L)).put("sign", Value.of("-")).build()),
                Example.of("convert date to record", "2020-04-12T22:10:57+02:00 | into record",
                        Record.builder().put("year", Value.of(2020L)).put("month", Value.of(4L)).put("day", Value.of(12L))
                                .put("hour", Value.of(22L)).put("minute", Value.of(10L)).put("second", Value.of(57L))
                                .put("millisecond", Value.of(0L)).put("microsecond", Value.of(0L)).put("nanosecond", Value.of(0L))
                                .put("timezone", Value.of("+02:00")).build()));
    }

    @Override public PipelineData run(Call call, PipelineData input) {
        Value v = input.collect();
        return PipelineData.of(convert(v, call.head()));
    }

    static Value convert(Value v, Span head) {
        return switch (v) {
            case Record r -> r;
            case Value.Date d -> dateRecord(d.value());
            case Value.Duration d -> durationRecord(d.nanos());
            case Value.ListV l -> fromList(l, head);
            case Value.RangeV r -> {
                java.util.List<Value> items = new java.util.ArrayList<>();
                dev.nuebpf.runtime.Values.iterate(r).forEachRemaining(items::add);
                yield fromList(new Value.ListV(items), head);
            }
            default -> throw ShellException.of("nu::parser::input_type_mismatch", "Command does not support " + v.typeName() + " input.",
                    head, "command doesn't support " + v.typeName() + " input");
        };
    }

    private static Value fromList(Value.ListV l, Span head) {
        Record.Builder b = Record.builder();
        boolean pairs = !l.items().isEmpty() && l.items().get(0) instanceof Value.ListV;
        for (Value item : l.items()) {
            if (!pairs && item instanceof Value.ListV) {
                throw ShellException.of("nu::shell::type_mismatch", "Type mismatch.", head,
                        "expected record, found " + item.typeName() + " (while building record from list)");
            }
            if (pairs && !(item instanceof Value.ListV)) {
                throw ShellException.of("nu::shell::type_mismatch", "Type mismatch.", head,
                        "expected list with two elements, found " + item.typeName() + " (while building record from list)");
            }
            if (item instanceof Record r) {
                for (int i = 0; i < r.size(); i++) b.put(r.keys().get(i), r.values().get(i));
            } else if (item instanceof Value.ListV pair) {
                if (pair.items().size() != 2) {
                    throw Errors.incorrectValue("expected inner list with two elements, but found " + pair.items().size() + " element(s)", head);
                }
                Value k = pair.items().get(0);
                b.put(k instanceof Value.Str s ? s.value() : dev.nuebpf.format.ValueDisplay.toText(k), pair.items().get(1));
            } else {
                throw ShellException.of("nu::shell::type_mismatch", "Type mismatch.", head,
                        "expected record or list with two elements, found " + item.typeName() + " (while building record from list)");
            }
        }
        return b.build();
    }

    static Record dateRecord(ZonedDateTime t) {
        int n = t.getNano();
        return Record.builder().put("year", Value.of((long) t.getYear())).put("month", Value.of((long) t.getMonthValue()))
                .put("day", Value.of((long) t.getDayOfMonth())).put("hour", Value.of((long) t.getHour()))
                .put("minute", Value.of((long) t.getMinute())).put("second", Value.of((long) t.getSecond()))
                .put("millisecond", Value.of((long) n / 1_000_000)).put("microsecond", Value.of((long) n / 1000 % 1000))
                .put("nanosecond", Value.of((long) n % 1000))
                .put("timezone", Value.of(dev.nuebpf.stdlib.date.Strftime.offsetText(t))).build();
    }

    /** Non-zero parts from weeks down to nanoseconds, then the sign; zero is {second: 0, sign: +}. */
    static Record durationRecord(long nanos) {
        Record.Builder b = Record.builder();
        long rest = Math.abs(nanos);
        boolean any = false;
        for (int i = 0; i < IntoDurationCommand.RECORD_KEYS.length; i++) {
            long unit = IntoDurationCommand.RECORD_UNITS[i];
            long part = rest / unit;
            rest %= unit;
            if (part != 0) {
                b.put(IntoDurationCommand.RECORD_KEYS[i], Value.of(part));
                any = true;
            }
        }
        if (!any) b.put("second", Value.of(0L));
        b.put("sign", Value.of(nanos < 0 ? "-" : "+"));
        return b.build();
    }
}
