package dev.nuebpf.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuebpf.diag.Source;
import org.junit.jupiter.api.Test;

/** AST shapes of the constructs Nushell users write (printed compactly by {@link Sexp}). */
class ParserTest {

    static ParseResult parse(String code) { return Parser.parse(new Source("test", code), TestShapes.INSTANCE); }

    static String ast(String code) {
        ParseResult r = parse(code);
        assertTrue(r.ok(), () -> "unexpected errors for `" + code + "`: " + r.errors());
        return Sexp.of(r.block());
    }

    @Test void pipelinesAndSeparators() {
        assertEquals("(call ls) | (call length)", ast("ls | length"));
        assertEquals("1; 2; 3", ast("1; 2\n3"));
        assertEquals("(call ls) | (call length)", ast("ls\n| length"));
        assertEquals("(call ls) | (call length)", ast("ls |\n  length"));
        assertEquals("(sub (call echo 1 'echo 2))", ast("(echo 1\necho 2)"));
        assertEquals("(sub (+ 1 2))", ast("(1 +\n 2)"));
    }

    @Test void literals() {
        assertEquals("1 2 -3 255 8 5 1000000", String.join(" ", ast("1"), ast("2"), ast("-3"), ast("0xff"), ast("0o10"), ast("0b101"), ast("1_000_000")));
        assertEquals("float:1.5 float:1000.0 float:0.5 float:-2.5", String.join(" ", ast("1.5"), ast("1e3"), ast(".5"), ast("-2.5")));
        assertEquals("true false null", String.join(" ", ast("true"), ast("false"), ast("null")));
        assertEquals("dur:5000000000 dur:5400000000000 dur:172800000000000 dur:3000 dur:7", String.join(" ",
                ast("5sec"), ast("1.5hr"), ast("2day"), ast("3µs"), ast("7ns")));
        assertEquals("size:10240 size:1000000 size:1000 size:1024 size:3", String.join(" ", ast("10KiB"), ast("1MB"), ast("1kb"), ast("1kib"), ast("3b")));
        assertEquals("date:2024-01-02 date:2024-01-02T03:04:05+01:00", ast("2024-01-02") + " " + ast("2024-01-02T03:04:05+01:00"));
        assertEquals("bin:ff00 bin:05", ast("0x[ff 00]") + " " + ast("0b[101]"));
    }

    @Test void strings() {
        assertEquals("\"a\nb\t\"\\\"", ast("\"a\\nb\\t\\\"\\\\\""));
        assertEquals("\"\uD83D\uDE00\"", ast("\"\\u{1F600}\""));
        assertEquals("\"a\\nb\"", ast("'a\\nb'"));
        assertEquals("\"a b\"", ast("`a b`"));
        assertEquals("\"it's \"raw\"\"", ast("r#'it's \"raw\"'#"));
        assertEquals("(ext 'foo 'bar 'baz-qux)", ast("foo bar baz-qux"));
        assertEquals("(call echo 'a,b)", ast("echo a,b"));
        assertEquals("(ext '3+ '4); (ext ', 'x)", ast("3+ 4; , x"));
        assertEquals("(ext 'nope '{ $nope })", ast("nope { $nope }"));
        assertEquals("(call echo 'foo\"bar\")", ast("echo foo\"bar\""));
        assertEquals("\"[{name: \"John\"}]\"", ast("\"[{name: \"John\"}]\""));
    }

    @Test void interpolation() {
        assertEquals("(interp \"x\" (sub (+ 1 2)) \"y\n\")", ast("$\"x(1 + 2)y\\n\""));
        assertEquals("(interp \"a\\n\" (sub (call ls) | (call length)))", ast("$'a\\n(ls | length)'"));
        assertEquals("(let x 1); (interp \"v=\" (sub $x) \" (\" (sub (call str upcase $.a)))", ast("let x = 1; $\"v=($x) \\((str upcase a)\""));
    }

    @Test void operatorsAndPrecedence() {
        assertEquals("(+ 1 (* 2 3))", ast("1 + 2 * 3"));
        assertEquals("(** 2 (** 3 2))", ast("2 ** 3 ** 2"));
        assertEquals("(or (and true false) true)", ast("true and false or true"));
        assertEquals("(and (not true) false)", ast("not true and false"));
        assertEquals("(== (mod 7 2) 1)", ast("7 mod 2 == 1"));
        assertEquals("(bit-or (bit-and 1 2) (bit-xor 3 4))", ast("1 bit-and 2 bit-or 3 bit-xor 4"));
        assertEquals("(< (bit-shl 1 2) 8)", ast("1 bit-shl 2 < 8"));
        assertEquals("(++ [1] [2])", ast("[1] ++ [2]"));
        assertEquals("(=~ \"abc\" \"b\")", ast("'abc' =~ 'b'"));
        assertEquals("(not-in 1 [2])", ast("1 not-in [2]"));
        assertEquals("(starts-with \"ab\" \"a\")", ast("'ab' starts-with 'a'"));
        assertEquals("(xor true (and false true))", ast("true xor false and true"));
        assertEquals("(- (- 5 2) 1)", ast("5 - 2 - 1"));
        assertEquals("(// 7 2)", ast("7 // 2"));
        assertEquals("(neg (sub (+ 1 2)))", ast("-(1 + 2)"));
        assertEquals("(let a 3); (+ 1 \"-$a\")".replace("\"-$a\"", "'-$a"), ast("let a = 3; 1 + -$a"));
    }

    @Test void variablesAndCellPaths() {
        assertEquals("(let x {'a: [1]}); $x.a.0", ast("let x = {a: [1]}; $x.a.0"));
        assertEquals("(let x {}); $x.a?", ast("let x = {}; $x.a?"));
        assertEquals("(let x {}); $x.b c", ast("let x = {}; $x.\"b c\"").replace(".b c", ".b c"));
        assertEquals("$in", ast("$in"));
        assertEquals("$env.PATH", ast("$env.PATH"));
        assertEquals("$nu.home-path", ast("$nu.home-path"));
        assertEquals("(sub (call ls)).name", ast("(ls).name"));
        assertEquals("{'a: 1}.a", ast("{a: 1}.a"));
        assertEquals("(call get $.a.b.0)", ast("get a.b.0"));
        assertEquals("(let x {}); $x.A!", ast("let x = {}; $x.A!"));
    }

    @Test void ranges() {
        assertEquals("(range 1 5)", ast("1..5"));
        assertEquals("(range 1 5 excl)", ast("1..<5"));
        assertEquals("(range 1 2 9)", ast("1..2..9"));
        assertEquals("(range 1 nil)", ast("1.."));
        assertEquals("(range nil 5)", ast("..5"));
        assertEquals("(let a 1); (let b 3); (range $a $b)", ast("let a = 1; let b = 3; $a..$b"));
        assertEquals("(let n 3); (range 0 (sub (- $n 1)))", ast("let n = 3; 0..($n - 1)"));
    }

    @Test void collections() {
        assertEquals("[1 2 3]", ast("[1 2 3]"));
        assertEquals("[1 2 3]", ast("[1, 2,\n 3]"));
        assertEquals("['a 'b]", ast("[a b]"));
        assertEquals("{\"a\": 1, \"b c\": 2, (sub \"k\"): 3}".replace("\"a\"", "'a"), ast("{a: 1, \"b c\": 2, ('k'): 3}"));
        assertEquals("{'a: 1}", ast("{a:1}"));
        assertEquals("{}", ast("{}"));
        assertEquals("(table ['a 'b] [1 2] [3 4])", ast("[[a, b]; [1, 2], [3 4]]"));
        assertEquals("(let l [1]); [0 ...$l]", ast("let l = [1]; [0 ...$l]"));
        assertEquals("(let r {}); {'a: 1, ...$r}", ast("let r = {}; {a: 1, ...$r}"));
        assertEquals("{'a: {'b: [1 2]}}", ast("{\n  a: {\n    b: [\n      1\n      2\n    ]\n  }\n}"));
    }

    @Test void letMutConstAndAssignment() {
        assertEquals("(let x:int 5)", ast("let x: int = 5"));
        assertEquals("(mut x 0); (+= $x 1); (= $x 2); (-= $x 1); (*= $x 2); (/= $x 2)", ast("mut x = 0; $x += 1; $x = 2; $x -= 1; $x *= 2; $x /= 2"));
        assertEquals("(mut l []); (++= $l [1])", ast("mut l = []; $l ++= [1]"));
        assertEquals("(mut r {}); (= $r.a 1)", ast("mut r = {}; $r.a = 1"));
        assertEquals("(const c 3)", ast("const c = 3"));
        assertEquals("(let x (sub (call ls) | (call length)))", ast("let x = ls | length"));
        assertEquals("(let x:list<string> [])", ast("let x: list<string> = []"));
    }

    @Test void defs() {
        assertEquals("(def f [a:int b? c?=3 --flag(-f):string --sw ...rest:string] (+ $a $c))",
                ast("def f [a: int, b?, c = 3, --flag (-f): string, --sw, ...rest: string] { $a + $c }"));
        assertEquals("(def export env g []:nothing->int 1)", ast("export def --env g []: nothing -> int { 1 }"));
        assertEquals("(def wrapped w [...args] $args)", ast("def --wrapped w [...args] { $args }"));
        assertEquals("(def h [x]:int->string,string->string $x)", ast("def h [x]: [int -> string, string -> string] { $x }"));
        assertEquals("(def r [x:record<a: int, b: list<string>>] $x)", ast("def r [x: record<a: int, b: list<string>>] { $x }"));
        // calls before and after the definition read flags and positionals by its signature
        assertEquals("(call greet 'bob --loud); (def greet [name:string --loud] $name); (call greet 'amy --loud)",
                ast("greet bob --loud; def greet [name: string --loud] { $name }; greet amy --loud"));
        assertEquals("(def str shout [s] $s); (call str shout 'x)", ast("def \"str shout\" [s] { $s }; str shout x"));
    }

    @Test void defDescriptionFromComments() {
        ParseResult r = parse("# Says hi\n# twice\ndef hi [] { 1 }");
        Expr.Def d = (Expr.Def) r.block().pipelines().get(0).elements().get(0).expr();
        assertEquals("Says hi\ntwice", d.description());
        Expr.Def g = (Expr.Def) parse("def g [\n  x: int # the x\n  --loud (-l) # shout\n  y = 2, # why\n] {}").block().pipelines().get(0).elements().get(0).expr();
        assertEquals(java.util.Arrays.asList("the x", "shout", "why"), g.signature().params().stream().map(Param::description).toList());
    }

    @Test void closuresAndBlocks() {
        assertEquals("(call each (closure [x] (* $x 2)))", ast("each {|x| $x * 2 }"));
        assertEquals("(call each (closure [] (+ $in 1)))", ast("each { $in + 1 }"));
        assertEquals("(closure [a b] (+ $a $b))", ast("{|a, b| $a + $b }"));
        assertEquals("(closure [x:int] $x)", ast("{|x: int| $x }"));
        assertEquals("(closure [] 1)", ast("{|| 1 }"));
        assertEquals("(call do (closure [] (call ls)))", ast("do { ls }"));
    }

    @Test void ifMatchLoops() {
        assertEquals("(if true 1 (if false 2 (block 3)))", ast("if true { 1 } else if false { 2 } else { 3 }"));
        assertEquals("(match 3 ((range 1 5) => \"a\") (_ => \"b\"))", ast("match 3 { 1..5 => \"a\", _ => \"b\" }"));
        assertEquals("(match 1 ({a: $x} if (> $x 1) => $x) ([1 $y ..$rest] => $y) (1 | 2 => (block 'x)) ($z => $z))",
                ast("match 1 {\n {a: $x} if $x > 1 => $x\n [1 $y ..$rest] => $y\n 1 | 2 => { 'x' }\n $z => $z\n}").replace("(block \"x\")", "(block 'x)"));
        assertEquals("(for x [1 2] (call echo $x))", ast("for x in [1 2] { echo $x }"));
        assertEquals("(match 1 (1 => (block \"a\")) (2 => \"b\"))", ast("match 1 { 1 => { 'a' } 2 => 'b' }"));
        // keyword arguments are values: a bare word there is a string, not a command
        assertEquals("(if (== 'url \"\") 1)", ast("if url == \"\" { 1 }"));
        assertEquals("(for x 'ls (call echo $x))", ast("for x in ls { echo $x }"));
        assertEquals("(mut i 0); (while (< $i 3) (+= $i 1))", ast("mut i = 0; while $i < 3 { $i += 1 }"));
        assertEquals("(loop break; continue)", ast("loop { break; continue }"));
        assertEquals("(def f [] (return 1))", ast("def f [] { return 1 }"));
    }

    @Test void tryCatch() {
        assertEquals("(try (call ls) catch (closure [e] $e.msg))", ast("try { ls } catch {|e| $e.msg }"));
        assertEquals("(try 1 catch (block 2))", ast("try { 1 } catch { 2 }"));
        assertEquals("(try 1)", ast("try { 1 }"));
        ParseResult r = parse("try { 3 } finally {|x| $x == 3 }");
        Expr.Try t = (Expr.Try) r.block().pipelines().get(0).elements().get(0).expr();
        assertEquals("x", t.finallyClosure().params().get(0).name());
        assertEquals("(== $x 3)", Sexp.of(t.finallyBody()));
    }

    @Test void callsFlagsAndShapes() {
        assertEquals("(call str replace --all \"a\" \"b\")", ast("str replace -a 'a' 'b'"));
        assertEquals("(call ls --all --long)", ast("ls -al"));
        assertEquals("(call fill --width=10 --character=\"x\")", ast("fill --width=10 -c x").replace("'x", "\"x\""));
        assertEquals("(call split row \",\" --number=2)", ast("split row ',' --number 2"));
        assertEquals("(call where (row (> $it.size 10)))", ast("where size > 10"));
        assertEquals("(call where (row (and (> $it.size 10) (== $it.name 'foo))))", ast("where size > 10 and name == foo"));
        assertEquals("(call where (row (> $it 1)))", ast("where $it > 1"));
        // nu's rule: left operands name columns, right operands stay strings
        assertEquals("(call where (row (== $it.name 'x)))", ast("where name == x"));
        assertEquals("(call where (row (== 2 'a)))", ast("where 2 == a"));
        assertEquals("(call any (row (== $it.item (* $it.index 2))))", ast("any item == index * 2"));
        assertEquals("(call all (row (== $it.xyz (** $it.abc 2))))", ast("all 'xyz' == 'abc' ** 2"));
        assertEquals("(call where (row (and (== $it.f 1) 'e)))", ast("where f == 1 and e"));
        assertEquals("(call where (row $it.enabled))", ast("where enabled"));
        assertEquals("(call where (row (not $it.a.b)))", ast("where not a.b"));
        assertEquals("(call sort-by $.name --reverse)", ast("sort-by name -r"));
        assertEquals("(call ebpf attach --dry-run \"kprobe:do_sys_openat2\" (closure [] (ext 'bpf-tgid) | (ext 'bpf-emit)))",
                ast("ebpf attach --dry-run 'kprobe:do_sys_openat2' {|| bpf-tgid | bpf-emit }"));
        assertEquals("(let xs [1]); (call echo ...$xs)", ast("let xs = [1]; echo ...$xs"));
        assertEquals("(call save --force 'out.txt)", ast("save -f out.txt"));
        assertEquals("(call into int --radix=16)", ast("into int --radix 16"));
    }

    @Test void externalsAndRedirections() {
        assertEquals("(ext 'cmd 'arg '--flag)", ast("^cmd arg --flag"));
        assertEquals("(ext 'git 'status) | (call complete)", ast("git status | complete"));
        assertEquals("(ext 'cat 'x) (out> 'file.txt)", ast("cat x o> file.txt"));
        assertEquals("(ext 'cat 'x) (err>> 'log)", ast("cat x e>> log"));
        assertEquals("(ext 'cat 'x) (out+err>) | (call length)", ast("cat x o+e>| length"));
    }

    @Test void modulesUseSourceAliasExtern() {
        assertEquals("(module m (def export f [] 1)); (use 'm 'f)", ast("module m { export def f [] { 1 } }; use m [f]"));
        assertEquals("(use 'std '*)", ast("use std *"));
        assertEquals("(alias ll (call ls --long))", ast("alias ll = ls -l"));
        assertEquals("(source 'x.nu)", ast("source x.nu"));
        assertEquals("(ignored extern)", ast("extern foo [--bar]"));
        assertEquals("(ignored overlay)", ast("overlay use foo"));
    }

    @Test void spansAreExact() {
        String code = "let total = [1 2] | each {|x| $x * 10 }";
        ParseResult r = parse(code);
        Expr.Let let = (Expr.Let) r.block().pipelines().get(0).elements().get(0).expr();
        assertEquals("total", let.nameSpan().text());
        assertEquals(code, let.span().text());
        Expr.Subexpr v = (Expr.Subexpr) let.value();
        Expr.Call each = (Expr.Call) v.block().pipelines().get(0).elements().get(1).expr();
        assertEquals("each", each.headSpan().text());
        assertEquals("each {|x| $x * 10 }", each.span().text());
        Expr.Closure cl = (Expr.Closure) ((Argument.Positional) each.args().get(0)).value();
        Expr.Binary mul = (Expr.Binary) cl.body().pipelines().get(0).elements().get(0).expr();
        assertEquals("$x * 10", mul.span().text());
        assertEquals("*", mul.opSpan().text());
        assertEquals("x", cl.params().get(0).span().text());
    }

    @Test void spansOfStringsAndPaths() {
        ParseResult r = parse("let r = {a: 1}; $r.a");
        Expr.CellPathAccess p = (Expr.CellPathAccess) r.block().pipelines().get(1).elements().get(0).expr();
        assertEquals("$r.a", p.span().text());
        assertEquals("$r", p.base().span().text());
        assertEquals("a", p.members().get(0).span().text());
        Expr.Interpolation in = (Expr.Interpolation) parse("$\"a(1)b\"").block().pipelines().get(0).elements().get(0).expr();
        assertEquals("a", in.parts().get(0).span().text());
        assertEquals("(1)", in.parts().get(1).span().text());
        assertEquals("b", in.parts().get(2).span().text());
    }

    @Test void shortFlagsOfDefs() {
        assertEquals("(def f [--verbose(-v) --n(-n):int] 1); (call f --verbose --n=3)", ast("def f [--verbose (-v), --n (-n): int] { 1 }; f -v -n 3"));
    }

    @Test void attributesAreIgnored() {
        assertEquals("(ignored attribute); (def f [] 1)", ast("@example \"x\" { f }\ndef f [] { 1 }"));
    }

    @Test void commentsAreSkipped() {
        assertEquals("1; 2", ast("# a comment\n1 # trailing\n# more\n2"));
        assertEquals("(call echo 'a#b)", ast("echo a#b"));
    }
}
