package dev.nuebpf.truffle.translate;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.Signature;
import dev.nuebpf.diag.Span;
import dev.nuebpf.syntax.Expr;

/**
 * nu's parse-time {@code input_type_mismatch}: a literal piped into a built-in whose declared input types
 * cannot take it ({@code 5 | echo done}). Only scalar literals are checked, where the type is certain.
 */
final class InputTypes {
    private InputTypes() {}

    static void checkLiteralInput(Expr prev, Command cmd, Span head) {
        String type = literalType(prev);
        if (type == null) return;
        var ios = cmd.signature().ioTypes();
        if (ios.isEmpty()) return;
        for (Signature.IoType io : ios) if (accepts(io.input(), type)) return;
        throw CompileError.of("nu::parser::input_type_mismatch", "Command does not support " + type + " input.", head,
                "command doesn't support " + type + " input");
    }

    private static String literalType(Expr e) {
        if (e instanceof Expr.IntLit) return "int";
        if (e instanceof Expr.FloatLit) return "float";
        if (e instanceof Expr.BoolLit) return "bool";
        if (e instanceof Expr.StringLit s && !s.bare()) return "string";
        if (e instanceof Expr.DurationLit) return "duration";
        if (e instanceof Expr.FilesizeLit) return "filesize";
        if (e instanceof Expr.BinaryLit) return "binary";
        return null;
    }

    private static boolean accepts(String input, String type) {
        String in = input.trim();
        if (in.equals("any") || in.equals(type)) return true;
        if (in.equals("number") && (type.equals("int") || type.equals("float"))) return true;
        if (in.equals("glob") && type.equals("string")) return true;
        if (in.startsWith("oneof<")) {
            for (String part : in.substring(6, in.length() - 1).split(",")) if (accepts(part, type)) return true;
        }
        return false;
    }
}
