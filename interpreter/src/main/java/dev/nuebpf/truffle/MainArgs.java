package dev.nuebpf.truffle;

import dev.nuebpf.diag.Source;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.truffle.translate.DefInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code nu script.nu a b --flag x}: after the script ran, calls its {@code def main} with the CLI
 * arguments. Built as a call expression in nu syntax (each argument quoted, flags kept) so the usual
 * argument binding and type checks apply; arguments that look like numbers stay numbers, as in nu.
 */
final class MainArgs {
    private MainArgs() {}

    static EvalResult callMain(NuContext ctx, List<String> args) {
        DefInfo main = ctx.session().def("main");
        StringBuilder sb = new StringBuilder("main");
        int from = 0;
        // `def "main sub" [...]`: the first arguments may name a subcommand
        for (int n = Math.min(args.size(), 3); n > 0; n--) {
            String name = "main " + String.join(" ", args.subList(0, n));
            if (ctx.session().def(name) != null) {
                sb = new StringBuilder(name);
                from = n;
                break;
            }
        }
        for (String a : args.subList(from, args.size())) {
            sb.append(' ');
            if (a.startsWith("-") && a.length() > 1 && !isNumber(a)) sb.append(a.contains("=") ? a.substring(0, a.indexOf('=')) + "=" + quote(a.substring(a.indexOf('=') + 1)) : a);
            else if (isNumber(a) || a.equals("true") || a.equals("false")) sb.append(a);
            else sb.append(quote(a));
        }
        Source src = new Source("main", sb.toString());
        var pr = ctx.parse(src, ctx.session());
        if (!pr.ok()) return EvalResult.errors(pr.errors());
        var target = ctx.translate(pr, ctx.session(), "main");
        var out = (dev.nuebpf.runtime.PipelineData) target.call(dev.nuebpf.runtime.PipelineData.EMPTY);
        Value v = dev.nuebpf.truffle.nodes.control.BlockNode.collect(out);
        if (main == null) return EvalResult.ok(Value.NOTHING);
        return EvalResult.ok(v);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.replace("_", ""));
            return !s.isEmpty() && (Character.isDigit(s.charAt(s.length() - 1)));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\');
            sb.append(c);
        }
        return sb.append('"').toString();
    }

    static List<String> unused() { return new ArrayList<>(); }
}
