package dev.nuebpf.syntax;

import dev.nuebpf.diag.Span;
import java.util.List;

/**
 * The Nushell AST: immutable records, each with the {@link Span} of the source it came from.
 * Statements (let, def, if, for ...) are expressions too, as in Nushell, where a block's value is
 * the value of its last pipeline. Both the Truffle interpreter and the eBPF compiler consume this.
 */
public sealed interface Expr {
    Span span();

    // ---- literals -------------------------------------------------------------------------
    record IntLit(long value, Span span) implements Expr {}
    record FloatLit(double value, Span span) implements Expr {}
    record BoolLit(boolean value, Span span) implements Expr {}
    record NothingLit(Span span) implements Expr {}
    /** A string literal. {@code bare} is true for unquoted words (they may become globs or externals). */
    record StringLit(String value, boolean bare, Span span) implements Expr {}
    /** {@code $"a (expr) b"}: parts are StringLit and arbitrary expressions, concatenated as strings. */
    record Interpolation(List<Expr> parts, Span span) implements Expr {}
    record DurationLit(long nanos, Span span) implements Expr {}
    record FilesizeLit(long bytes, Span span) implements Expr {}
    /** A date literal such as {@code 2024-01-02} or {@code 2024-01-02T03:04:05+01:00}, kept as written. */
    record DateLit(String text, Span span) implements Expr {}
    record BinaryLit(byte[] bytes, Span span) implements Expr {}
    /** {@code [a, ...$b]}: items, each possibly a {@link Spread}. */
    record ListLit(List<Expr> items, Span span) implements Expr {}
    /** {@code {a: 1, ...$r}}: entries in order. */
    record RecordLit(List<RecordEntry> entries, Span span) implements Expr {}
    /** A record entry; key is usually a StringLit, may be any expression ({@code ($k): v}); spread entries have key null. */
    record RecordEntry(Expr key, Expr value, boolean spread, Span span) {}
    /** {@code [[a, b]; [1, 2]]}. */
    record TableLit(List<Expr> headers, List<List<Expr>> rows, Span span) implements Expr {}
    /** {@code from..to}, {@code from..next..to}, {@code from..<to}; any bound may be null (open). */
    record RangeLit(Expr from, Expr next, Expr to, boolean inclusive, Span span) implements Expr {}
    /** {@code ...$x} inside a list, record, or call arguments. */
    record Spread(Expr value, Span span) implements Expr {}
    /** A cell-path literal such as {@code $.a.0} or a bare {@code a.b} where a cell path is expected. */
    record CellPathLit(List<PathMember> members, Span span) implements Expr {}

    // ---- variables and access -------------------------------------------------------------
    /** {@code $name}; name is without the dollar ("in", "env", "nu", "it" included). */
    record VarRef(String name, Span span) implements Expr {}
    /** {@code base.a.0?}: follows the members; used for {@code $x.a}, {@code (expr).a}. */
    record CellPathAccess(Expr base, List<PathMember> members, Span span) implements Expr {}
    /** {@code (pipelines)}: a subexpression evaluated in place. */
    record Subexpr(Block block, Span span) implements Expr {}

    // ---- operators ------------------------------------------------------------------------
    record Binary(BinOp op, Expr left, Expr right, Span opSpan, Span span) implements Expr {}
    record Unary(UnOp op, Expr operand, Span span) implements Expr {}

    // ---- blocks and closures --------------------------------------------------------------
    /** {@code {|a, b| ...}} or a block {@code { ... }} given where a closure is expected (params empty). */
    record Closure(List<Param> params, Block body, Span span) implements Expr {}
    /** A bare block literal where a block is expected (if/else bodies, loops, do). */
    record BlockExpr(Block block, Span span) implements Expr {}
    /** The argument of {@code where}: an expression over the row ($it / $in); bare words became column paths. */
    record RowCondition(Expr condition, Span span) implements Expr {}

    // ---- calls ----------------------------------------------------------------------------
    /**
     * A call of a known command (built-in or def), with its full (possibly multi-word) name.
     * {@code headSpan} covers the name words.
     */
    record Call(String name, List<Argument> args, Span headSpan, Span span) implements Expr {}
    /** {@code ^cmd args} or an unknown word run as an external program. Args are evaluated to strings. */
    record ExternalCall(Expr head, List<Expr> args, Span span) implements Expr {}

    // ---- statements -----------------------------------------------------------------------
    enum LetKind { LET, MUT, CONST }
    record Let(LetKind kind, String name, TypeAnn type, Expr value, Span nameSpan, Span span) implements Expr {}
    /** {@code $x = v}, {@code $x.a += v}: target is a VarRef or CellPathAccess on a VarRef. */
    record Assign(AssignOp op, Expr target, Expr value, Span span) implements Expr {}
    record Def(String name, CommandSig signature, Block body, boolean exported, boolean env, boolean wrapped,
               String description, Span nameSpan, Span span) implements Expr {}
    record Alias(String name, Expr target, boolean exported, Span span) implements Expr {}
    record If(Expr condition, Block then, Expr otherwise /* If, BlockExpr or null */, Span span) implements Expr {}
    record Match(Expr subject, List<MatchArm> arms, Span span) implements Expr {}
    record MatchArm(Pattern pattern, Expr guard, Expr body, Span span) {}
    record For(String var, Expr iterable, Block body, Span span) implements Expr {}
    record While(Expr condition, Block body, Span span) implements Expr {}
    record Loop(Block body, Span span) implements Expr {}
    record Break(Span span) implements Expr {}
    record Continue(Span span) implements Expr {}
    record Return(Expr value /* may be null */, Span span) implements Expr {}
    /**
     * {@code try { } catch {|e| } finally { }}: handler is a Closure, BlockExpr or null; finallyBody may be null.
     * {@code finallyClosure} is set when finally was written as a closure with parameters ({@code finally {|x| ...}},
     * x receives the try's result); its body is also {@code finallyBody}.
     */
    record Try(Block body, Expr handler, Block finallyBody, Span span, Closure finallyClosure) implements Expr {
        public Try(Block body, Expr handler, Block finallyBody, Span span) { this(body, handler, finallyBody, span, null); }
    }
    /** {@code module name { ... }} */
    record Module(String name, Block body, boolean exported, Span span) implements Expr {}
    /** {@code use path [members]}: members empty means the module itself; "*" means all. */
    record Use(Expr path, List<Expr> members, boolean exported, Span span) implements Expr {}
    /** {@code source path} / {@code source-env path}; the parser reads the file at parse time when it can. */
    record SourceFile(Expr path, Block parsed /* may be null */, Span span) implements Expr {}
    /** A statement we parsed but do not evaluate ({@code extern}, {@code hide}, ...): value nothing. */
    record Ignored(String keyword, Span span) implements Expr {}
    /** Placeholder for a syntax error (only present when the parse also reported a diagnostic). */
    record Garbage(Span span) implements Expr {}
}
