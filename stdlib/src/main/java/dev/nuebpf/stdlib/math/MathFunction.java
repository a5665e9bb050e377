package dev.nuebpf.stdlib.math;

import java.util.function.DoubleUnaryOperator;
import java.util.function.DoublePredicate;

/** One float function of {@link MathFunctionCommand}: the formula, its domain, its degrees switch, its example. */
public enum MathFunction {
    LN("ln", "Take the natural logarithm of numbers.", Math::log, x -> x > 0, Degrees.NONE,
            "'math ln' undefined for values outside the open interval (0, Inf).", "euler", "Natural log of e", "2.718281828459045 | math ln", 1.0),
    EXP("exp", "Raise e to the power of numbers.", Math::exp, x -> true, Degrees.NONE, "", "euler", "e to the first", "1 | math exp", Math.E),
    SIN("sin", "Take the sine of numbers.", Math::sin, x -> true, Degrees.INPUT, "", "sine", "Sine of 90 degrees", "90 | math sin --degrees", 1.0),
    COS("cos", "Take the cosine of numbers.", Math::cos, x -> true, Degrees.INPUT, "", "cosine", "Cosine of 0", "0 | math cos", 1.0),
    TAN("tan", "Take the tangent of numbers.", Math::tan, x -> true, Degrees.INPUT, "", "tangent", "Tangent of 0", "0 | math tan", 0.0),
    SINH("sinh", "Take the hyperbolic sine of numbers.", Math::sinh, x -> true, Degrees.NONE, "", "hyperbolic", "Hyperbolic sine of 1", "1 | math sinh", 1.1752011936438014),
    COSH("cosh", "Take the hyperbolic cosine of numbers.", x -> (Math.exp(x) + Math.exp(-x)) / 2, x -> true, Degrees.NONE, "", "hyperbolic", "Hyperbolic cosine of 1", "1 | math cosh", 1.5430806348152437),
    TANH("tanh", "Take the hyperbolic tangent of numbers.", Math::tanh, x -> true, Degrees.NONE, "", "hyperbolic", "Hyperbolic tangent of 0", "0 | math tanh", 0.0),
    ARCSIN("arcsin", "Take the arcsine of numbers.", Math::asin, x -> x >= -1 && x <= 1, Degrees.OUTPUT,
            "'arcsin' undefined for values outside the closed interval [-1, 1].", "arcsine", "Arcsine of 1 in degrees", "1 | math arcsin --degrees", 90.0),
    ARCCOS("arccos", "Take the arccosine of numbers.", Math::acos, x -> x >= -1 && x <= 1, Degrees.OUTPUT,
            "'arccos' undefined for values outside the closed interval [-1, 1].", "arccosine", "Arccosine of -1 in degrees", "-1 | math arccos --degrees", 180.0),
    ARCTAN("arctan", "Take the arctangent of numbers.", Math::atan, x -> true, Degrees.OUTPUT, "", "arctangent",
            "Arctangent of -1 in degrees", "-1 | math arctan --degrees", -45.0),
    ARCSINH("arcsinh", "Take the inverse hyperbolic sine of numbers.", MathFunction::asinh,
            x -> true, Degrees.NONE, "", "hyperbolic", "Inverse hyperbolic sine of 0", "0 | math arcsinh", 0.0),
    ARCCOSH("arccosh", "Take the inverse hyperbolic cosine of numbers.", MathFunction::acosh, x -> x >= 1, Degrees.NONE,
            "'arccosh' undefined for values below 1.", "hyperbolic", "Inverse hyperbolic cosine of 1", "1 | math arccosh", 0.0),
    ARCTANH("arctanh", "Take the inverse hyperbolic tangent of numbers.", MathFunction::atanh, x -> x >= -1 && x <= 1,
            Degrees.NONE, "'arctanh' undefined for values outside the closed interval [-1, 1].", "hyperbolic",
            "Inverse hyperbolic tangent of 0", "0 | math arctanh", 0.0);

    /** Whether --degrees exists and applies to the argument (sin) or to the result (arcsin). */
    enum Degrees { NONE, INPUT, OUTPUT }

    final String name, description, domainError, searchTerm, exampleDescription, example;
    final double exampleResult;
    final Degrees degrees;
    private final DoubleUnaryOperator f;
    private final DoublePredicate domain;

    MathFunction(String name, String description, DoubleUnaryOperator f, DoublePredicate domain, Degrees degrees,
                 String domainError, String searchTerm, String exampleDescription, String example, double exampleResult) {
        this.name = name;
        this.description = description;
        this.f = f;
        this.domain = domain;
        this.degrees = degrees;
        this.domainError = domainError;
        this.searchTerm = searchTerm;
        this.exampleDescription = exampleDescription;
        this.example = example;
        this.exampleResult = exampleResult;
    }

    String commandName() { return "math " + name; }

    // The inverse hyperbolics in log1p form: accurate near 0 and 1, and equal to nu's (glibc) results to the last bit
    // on the values we compared.
    static double asinh(double x) {
        double a = Math.abs(x);
        return Math.copySign(Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a))), x);
    }

    static double acosh(double x) {
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    static double atanh(double x) { return 0.5 * Math.log1p(2 * x / (1 - x)); }

    boolean inDomain(double x) { return domain.test(x); }

    double apply(double x) { return f.applyAsDouble(x); }
}
