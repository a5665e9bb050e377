package dev.nuebpf.runtime;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Span;
import dev.nuebpf.syntax.BinOp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Nushell's binary operators on values (the slow, general path; nodes handle int/float fast paths
 * themselves). Errors carry the operator's and operands' spans and use nu's codes and wording.
 */
public final class Operators {
    private Operators() {}

    /** Evaluates {@code a op b}; {@code and/or} are evaluated here too (nodes short-circuit before calling). */
    public static Value binary(BinOp op, Value a, Value b, Span opSpan, Span ls, Span rs) {
        return switch (op) {
            case ADD -> add(a, b, opSpan, ls, rs);
            case SUB -> sub(a, b, opSpan, ls, rs);
            case MUL -> mul(a, b, opSpan, ls, rs);
            case DIV -> div(a, b, opSpan, ls, rs);
            case FLOOR_DIV -> floorDiv(a, b, opSpan, ls, rs);
            case MOD -> mod(a, b, opSpan, ls, rs);
            case POW -> pow(a, b, opSpan, ls, rs);
            case CONCAT -> concat(a, b, opSpan, ls, rs);
            case EQ -> Value.Bool.of(ValueOps.equal(a, b));
            case NE -> Value.Bool.of(!ValueOps.equal(a, b));
            case LT, LE, GT, GE -> compareOp(op, a, b, opSpan, ls, rs);
            case REGEX_MATCH, LIKE -> Value.Bool.of(regex(a, b, op, opSpan, ls, rs));
            case NOT_REGEX_MATCH, NOT_LIKE -> Value.Bool.of(!regex(a, b, op, opSpan, ls, rs));
            case IN -> Value.Bool.of(contains(b, a, op, opSpan, rs, ls));
            case NOT_IN -> Value.Bool.of(!contains(b, a, op, opSpan, rs, ls));
            case HAS -> Value.Bool.of(contains(a, b, op, opSpan, ls, rs));
            case NOT_HAS -> Value.Bool.of(!contains(a, b, op, opSpan, ls, rs));
            case STARTS_WITH -> Value.Bool.of(str(a, op, opSpan, ls).startsWith(str(b, op, opSpan, rs)));
            case ENDS_WITH -> Value.Bool.of(str(a, op, opSpan, ls).endsWith(str(b, op, opSpan, rs)));
            case NOT_STARTS_WITH -> Value.Bool.of(!str(a, op, opSpan, ls).startsWith(str(b, op, opSpan, rs)));
            case NOT_ENDS_WITH -> Value.Bool.of(!str(a, op, opSpan, ls).endsWith(str(b, op, opSpan, rs)));
            case AND -> Value.Bool.of(bool(a, op, opSpan, ls) && bool(b, op, opSpan, rs));
            case OR -> Value.Bool.of(bool(a, op, opSpan, ls) || bool(b, op, opSpan, rs));
            case XOR -> Value.Bool.of(bool(a, op, opSpan, ls) ^ bool(b, op, opSpan, rs));
            case BIT_AND -> Value.of(integer(a, op, opSpan, ls) & integer(b, op, opSpan, rs));
            case BIT_OR -> Value.of(integer(a, op, opSpan, ls) | integer(b, op, opSpan, rs));
            case BIT_XOR -> Value.of(integer(a, op, opSpan, ls) ^ integer(b, op, opSpan, rs));
            case SHL -> shift(a, b, true, op, opSpan, ls, rs);
            case SHR -> shift(a, b, false, op, opSpan, ls, rs);
            default -> throw unsupported(op, a, opSpan, ls);
        };
    }

    // ---- arithmetic ---------------------------------------------------------------------------

    public static Value add(Value a, Value b, Span op, Span ls, Span rs) {
        if (a instanceof Value.Int x && b instanceof Value.Int y) {
            try {
                return Value.of(Math.addExact(x.value(), y.value()));
            } catch (ArithmeticException e) {
                throw overflow("add", op);
            }
        }
        if (ValueOps.isNumber(a) && ValueOps.isNumber(b)) return Value.of(ValueOps.toDouble(a) + ValueOps.toDouble(b));
        if (a instanceof Value.Str x && b instanceof Value.Str y) return Value.of(x.value() + y.value());
        if (a instanceof Value.Duration x && b instanceof Value.Duration y) return new Value.Duration(exact(x.nanos(), y.nanos(), true, "add", op));
        if (a instanceof Value.Filesize x && b instanceof Value.Filesize y) return new Value.Filesize(exact(x.bytes(), y.bytes(), true, "add", op));
        if (a instanceof Value.Date x && b instanceof Value.Duration y) return new Value.Date(x.value().plus(Duration.ofNanos(y.nanos())));
        if (a instanceof Value.Duration x && b instanceof Value.Date y) return new Value.Date(y.value().plus(Duration.ofNanos(x.nanos())));
        throw incompatible(BinOp.ADD, a, b, op, ls, rs);
    }

    public static Value sub(Value a, Value b, Span op, Span ls, Span rs) {
        if (a instanceof Value.Int x && b instanceof Value.Int y) {
            try {
                return Value.of(Math.subtractExact(x.value(), y.value()));
            } catch (ArithmeticException e) {
                throw overflow("subtract", op);
            }
        }
        if (ValueOps.isNumber(a) && ValueOps.isNumber(b)) return Value.of(ValueOps.toDouble(a) - ValueOps.toDouble(b));
        if (a instanceof Value.Duration x && b instanceof Value.Duration y) return new Value.Duration(exact(x.nanos(), y.nanos(), false, "subtract", op));
        if (a instanceof Value.Filesize x && b instanceof Value.Filesize y) return new Value.Filesize(exact(x.bytes(), y.bytes(), false, "subtract", op));
        if (a instanceof Value.Date x && b instanceof Value.Duration y) return new Value.Date(x.value().minus(Duration.ofNanos(y.nanos())));
        if (a instanceof Value.Date x && b instanceof Value.Date y) {
            return new Value.Duration(Duration.between(y.value().toInstant(), x.value().toInstant()).toNanos());
        }
        throw incompatible(BinOp.SUB, a, b, op, ls, rs);
    }

    public static Value mul(Value a, Value b, Span op, Span ls, Span rs) {
        if (a instanceof Value.Int x && b instanceof Value.Int y) {
            try {
                return Value.of(Math.multiplyExact(x.value(), y.value()));
            } catch (ArithmeticException e) {
                throw overflow("multiply", op);
            }
        }
        if (ValueOps.isNumber(a) && ValueOps.isNumber(b)) return Value.of(ValueOps.toDouble(a) * ValueOps.toDouble(b));
        if (a instanceof Value.Duration x && ValueOps.isNumber(b)) return new Value.Duration(scale(x.nanos(), b, op));
        if (ValueOps.isNumber(a) && b instanceof Value.Duration y) return new Value.Duration(scale(y.nanos(), a, op));
        if (a instanceof Value.Filesize x && ValueOps.isNumber(b)) return new Value.Filesize(scale(x.bytes(), b, op));
        if (ValueOps.isNumber(a) && b instanceof Value.Filesize y) return new Value.Filesize(scale(y.bytes(), a, op));
        throw incompatible(BinOp.MUL, a, b, op, ls, rs);
    }

    private static long scale(long base, Value factor, Span op) {
        if (factor instanceof Value.Int i) {
            try {
                return Math.multiplyExact(base, i.value());
            } catch (ArithmeticException e) {
                throw overflow("multiply", op);
            }
        }
        return (long) (base * ValueOps.toDouble(factor));
    }

    public static Value div(Value a, Value b, Span op, Span ls, Span rs) {
        if (ValueOps.isNumber(a) && ValueOps.isNumber(b)) {
            if (isZero(b)) throw divZero(op, rs);
            return Value.of(ValueOps.toDouble(a) / ValueOps.toDouble(b));
        }
        if (a instanceof Value.Duration x && b instanceof Value.Duration y) {
            if (y.nanos() == 0) throw divZero(op, rs);
            return Value.of((double) x.nanos() / y.nanos());
        }
        if (a instanceof Value.Filesize x && b instanceof Value.Filesize y) {
            if (y.bytes() == 0) throw divZero(op, rs);
            return Value.of((double) x.bytes() / y.bytes());
        }
        if (a instanceof Value.Duration x && ValueOps.isNumber(b)) {
            if (isZero(b)) throw divZero(op, rs);
            return new Value.Duration(b instanceof Value.Int i ? x.nanos() / i.value() : (long) (x.nanos() / ValueOps.toDouble(b)));
        }
        if (a instanceof Value.Filesize x && ValueOps.isNumber(b)) {
            if (isZero(b)) throw divZero(op, rs);
            return new Value.Filesize(b instanceof Value.Int i ? x.bytes() / i.value() : (long) (x.bytes() / ValueOps.toDouble(b)));
        }
        throw incompatible(BinOp.DIV, a, b, op, ls, rs);
    }

    public static Value floorDiv(Value a, Value b, Span op, Span ls, Span rs) {
        if (a instanceof Value.Int x && b instanceof Value.Int y) {
            if (y.value() == 0) throw divZero(op, rs);
            if (x.value() == Long.MIN_VALUE && y.value() == -1) throw overflow("floor divide", op);
            return Value.of(Math.floorDiv(x.value(), y.value()));
        }
        if (ValueOps.isNumber(a) && ValueOps.isNumber(b)) {
            if (isZero(b)) throw divZero(op, rs);
            return Value.of(Math.floor(ValueOps.toDouble(a) / ValueOps.toDouble(b)));
        }
        if (a instanceof Value.Duration x && b instanceof Value.Duration y) {
            if (y.nanos() == 0) throw divZero(op, rs);
            return Value.of(Math.floorDiv(x.nanos(), y.nanos()));
        }
        if (a instanceof Value.Filesize x && b instanceof Value.Filesize y) {
            if (y.bytes() == 0) throw divZero(op, rs);
            return Value.of(Math.floorDiv(x.bytes(), y.bytes()));
        }
        if (a instanceof Value.Duration x && b instanceof Value.Int y) {
            if (y.value() == 0) throw divZero(op, rs);
            return new Value.Duration(Math.floorDiv(x.nanos(), y.value()));
        }
        if (a instanceof Value.Duration x && b instanceof Value.Float y) {
            if (y.value() == 0) throw divZero(op, rs);
            return new Value.Duration((long) Math.floor(x.nanos() / y.value()));
        }
        if (a instanceof Value.Filesize x && b instanceof Value.Float y) {
            if (y.value() == 0) throw divZero(op, rs);
            return new Value.Filesize((long) Math.floor(x.bytes() / y.value()));
        }
        if (a instanceof Value.Filesize x && b instanceof Value.Int y) {
            if (y.value() == 0) throw divZero(op, rs);
            return new Value.Filesize(Math.floorDiv(x.bytes(), y.value()));
        }
        throw incompatible(BinOp.FLOOR_DIV, a, b, op, ls, rs);
    }

    public static Value mod(Value a, Value b, Span op, Span ls, Span rs) {
        if (a instanceof Value.Int x && b instanceof Value.Int y) {
            if (y.value() == 0) throw divZero(op, rs);
            return Value.of(Math.floorMod(x.value(), y.value()));
        }
        if (ValueOps.isNumber(a) && ValueOps.isNumber(b)) {
            if (isZero(b)) throw divZero(op, rs);
            double p = ValueOps.toDouble(a), q = ValueOps.toDouble(b);
            double r = p % q;
            if (r != 0 && (r < 0) != (q < 0)) r += q;
            return Value.of(r);
        }
        if (a instanceof Value.Duration x && b instanceof Value.Duration y) {
            if (y.nanos() == 0) throw divZero(op, rs);
            return new Value.Duration(Math.floorMod(x.nanos(), y.nanos()));
        }
        if (a instanceof Value.Filesize x && b instanceof Value.Filesize y) {
            if (y.bytes() == 0) throw divZero(op, rs);
            return new Value.Filesize(Math.floorMod(x.bytes(), y.bytes()));
        }
        throw incompatible(BinOp.MOD, a, b, op, ls, rs);
    }

    public static Value pow(Value a, Value b, Span op, Span ls, Span rs) {
        if (a instanceof Value.Int x && b instanceof Value.Int y) {
            if (y.value() < 0) {
                throw new ShellException(Diagnostic.builder("nu::shell::incorrect_value", "Incorrect value.")
                        .label(rs, "Negative exponent for integer power is unsupported; use floats instead.").build());
            }
            long result = 1, base = x.value(), e = y.value();
            try {
                while (e > 0) {
                    if ((e & 1) == 1) result = Math.multiplyExact(result, base);
                    e >>= 1;
                    if (e > 0) base = Math.multiplyExact(base, base);
                }
            } catch (ArithmeticException ex) {
                throw overflow("power", op);
            }
            return Value.of(result);
        }
        if (ValueOps.isNumber(a) && ValueOps.isNumber(b)) return Value.of(Math.pow(ValueOps.toDouble(a), ValueOps.toDouble(b)));
        throw incompatible(BinOp.POW, a, b, op, ls, rs);
    }

    public static Value concat(Value a, Value b, Span op, Span ls, Span rs) {
        if (a instanceof Value.Str x && b instanceof Value.Str y) return Value.of(x.value() + y.value());
        if (a instanceof Value.ListV x && b instanceof Value.ListV y) {
            List<Value> out = new ArrayList<>(x.items().size() + y.items().size());
            out.addAll(x.items());
            out.addAll(y.items());
            return new Value.ListV(out);
        }
        if (a instanceof Value.Binary x && b instanceof Value.Binary y) {
            byte[] out = new byte[x.bytes().length + y.bytes().length];
            System.arraycopy(x.bytes(), 0, out, 0, x.bytes().length);
            System.arraycopy(y.bytes(), 0, out, x.bytes().length, y.bytes().length);
            return new Value.Binary(out);
        }
        boolean aOk = a instanceof Value.Str || a instanceof Value.ListV || a instanceof Value.Binary;
        throw unsupported(BinOp.CONCAT, aOk ? b : a, op, aOk ? rs : ls);
    }

    // ---- comparison ---------------------------------------------------------------------------

    private static Value compareOp(BinOp op, Value a, Value b, Span opSpan, Span ls, Span rs) {
        if (a == Value.NOTHING || b == Value.NOTHING) return Value.NOTHING;
        int c;
        if (ValueOps.isNumber(a) && ValueOps.isNumber(b)) {
            if (a instanceof Value.Int x && b instanceof Value.Int y) c = Long.compare(x.value(), y.value());
            else {
                double p = ValueOps.toDouble(a), q = ValueOps.toDouble(b);
                if (Double.isNaN(p) || Double.isNaN(q)) return Value.Bool.FALSE;
                c = Double.compare(p, q);
            }
        } else if (a instanceof Value.Str x && b instanceof Value.Str y) c = x.value().compareTo(y.value());
        else if (a instanceof Value.Bool x && b instanceof Value.Bool y) c = Boolean.compare(x.value(), y.value());
        else if (a instanceof Value.Duration x && b instanceof Value.Duration y) c = Long.compare(x.nanos(), y.nanos());
        else if (a instanceof Value.Filesize x && b instanceof Value.Filesize y) c = Long.compare(x.bytes(), y.bytes());
        else if (a instanceof Value.Date x && b instanceof Value.Date y) c = x.value().toInstant().compareTo(y.value().toInstant());
        else if (a instanceof Value.ListV || a instanceof Record) throw unsupported(op, a, opSpan, ls);
        else throw incompatible(op, a, b, opSpan, ls, rs);
        return Value.Bool.of(switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
        });
    }

    private static boolean regex(Value a, Value b, BinOp op, Span opSpan, Span ls, Span rs) {
        String s = str(a, op, opSpan, ls), re = str(b, op, opSpan, rs);
        try {
            return Pattern.compile(re).matcher(s).find();
        } catch (PatternSyntaxException e) {
            throw new ShellException(Diagnostic.builder("nu::shell::unsupported_input", "Unsupported input")
                    .label(rs, "invalid regex: " + e.getDescription()).build());
        }
    }

    /** Whether {@code container} holds {@code item} (for {@code in}/{@code has}). */
    private static boolean contains(Value container, Value item, BinOp op, Span opSpan, Span cs, Span is) {
        if (container instanceof Value.ListV l) {
            for (Value v : l.items()) if (ValueOps.equal(v, item)) return true;
            if (!l.items().isEmpty() && item != Value.NOTHING) {
                // nu rejects `'a' in [1 2]`: a list of one type and an item of another cannot be compared
                String t = Types.of(l);
                String it = Types.of(item);
                boolean numeric = (t.equals("list<int>") || t.equals("list<float>") || t.equals("list<number>")) && ValueOps.isNumber(item);
                if (t.startsWith("list<") && !t.startsWith("list<oneof") && !t.equals("list<any>") && !numeric
                        && !t.equals("list<" + it + ">") && (item instanceof Value.Str || ValueOps.isNumber(item) || item instanceof Value.Bool)) {
                    throw incompatible(op, item, container, opSpan, is, cs);
                }
            }
            return false;
        }
        if (container instanceof Value.Str s && item instanceof Value.Str t) return s.value().contains(t.value());
        if (container instanceof Record r && item instanceof Value.Str k) return r.has(k.value());
        if (container instanceof Value.RangeV r && ValueOps.isNumber(item)) return RangeOps.contains(r, item);
        if (container instanceof Value.Binary bin && item instanceof Value.Binary sub) return indexOf(bin.bytes(), sub.bytes()) >= 0;
        if (container == Value.NOTHING) return false;
        throw incompatible(op, item, container, opSpan, is, cs);
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    private static Value shift(Value a, Value b, boolean left, BinOp op, Span opSpan, Span ls, Span rs) {
        long x = integer(a, op, opSpan, ls), n = integer(b, op, opSpan, rs);
        if (n < 0 || n > 63) {
            throw ShellException.of("nu::shell::incorrect_value", "Incorrect value.", rs, "shift amount out of range");
        }
        return Value.of(left ? x << n : x >> n);
    }

    // ---- operand coercions --------------------------------------------------------------------

    private static String str(Value v, BinOp op, Span opSpan, Span s) {
        if (v instanceof Value.Str x) return x.value();
        if (v instanceof Value.Glob g) return g.pattern();
        throw unsupported(op, v, opSpan, s);
    }

    private static boolean bool(Value v, BinOp op, Span opSpan, Span s) {
        if (v instanceof Value.Bool b) return b.value();
        throw unsupported(op, v, opSpan, s);
    }

    private static long integer(Value v, BinOp op, Span opSpan, Span s) {
        if (v instanceof Value.Int i) return i.value();
        throw unsupported(op, v, opSpan, s);
    }

    private static boolean isZero(Value v) {
        return v instanceof Value.Int i ? i.value() == 0 : ValueOps.toDouble(v) == 0.0;
    }

    private static long exact(long x, long y, boolean add, String what, Span op) {
        try {
            return add ? Math.addExact(x, y) : Math.subtractExact(x, y);
        } catch (ArithmeticException e) {
            throw overflow(what, op);
        }
    }

    // ---- errors -------------------------------------------------------------------------------

    public static ShellException overflow(String what, Span op) {
        return new ShellException(Diagnostic.builder("nu::shell::operator_overflow", "Operator overflow.")
                .label(op, what + " operation overflowed")
                .help("Consider using floating point values for increased range by promoting operand with 'into float'. Note: float has reduced precision!")
                .build());
    }

    public static ShellException divZero(Span op, Span rhs) {
        return new ShellException(Diagnostic.builder("nu::shell::division_by_zero", "Division by zero.")
                .label(op, "division by zero").build());
    }

    public static ShellException incompatible(BinOp op, Value a, Value b, Span opSpan, Span ls, Span rs) {
        return new ShellException(Diagnostic.builder("nu::parser::operator_incompatible_types",
                        "Types '" + Types.of(a) + "' and '" + Types.of(b) + "' are not compatible for the '" + op.symbol + "' operator.")
                .label(ls, Types.of(a)).label(opSpan, "does not operate between '" + Types.of(a) + "' and '" + Types.of(b) + "'")
                .label(rs, Types.of(b)).build());
    }

    public static ShellException unsupported(BinOp op, Value v, Span opSpan, Span vs) {
        return new ShellException(Diagnostic.builder("nu::parser::operator_unsupported_type",
                        "The '" + op.symbol + "' operator does not work on values of type '" + Types.of(v) + "'.")
                .label(opSpan, "does not support '" + Types.of(v) + "'").label(vs, Types.of(v)).build());
    }
}
