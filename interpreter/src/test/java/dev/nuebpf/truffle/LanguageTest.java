package dev.nuebpf.truffle;

import static dev.nuebpf.truffle.Snippets.b;
import static dev.nuebpf.truffle.Snippets.check;
import static dev.nuebpf.truffle.Snippets.f;
import static dev.nuebpf.truffle.Snippets.fails;
import static dev.nuebpf.truffle.Snippets.i;
import static dev.nuebpf.truffle.Snippets.list;
import static dev.nuebpf.truffle.Snippets.rec;
import static dev.nuebpf.truffle.Snippets.s;

import dev.nuebpf.runtime.Value;
import org.junit.jupiter.api.Test;

/** End-to-end snippets using only language constructs and the interpreter's own commands. */
class LanguageTest {
    @Test void arithmeticFollowsNu() {
        check("1 + 2 * 3", i(7));
        check("5 / 2", f(2.5));
        check("4 / 2", f(2.0));
        check("-7 // 2", i(-4));
        check("-7 mod 2", i(1));
        check("7 mod -2", i(-1));
        check("2 ** 10", i(1024));
        check("1 + 1.5", f(2.5));
        check("'a' ++ 'b'", s("ab"));
        check("[1] ++ [2 3]", list(1, 2, 3));
        check("1sec + 500ms", new Value.Duration(1_500_000_000L));
        check("1sec / 1ms", f(1000.0));
        check("2 * 1kb", new Value.Filesize(2000));
        fails("9223372036854775807 + 1", "nu::shell::operator_overflow");
        fails("1 / 0", "nu::shell::division_by_zero");
        fails("1 + 'a'", "nu::parser::operator_incompatible_types");
        fails("2 ** -1", "nu::shell::incorrect_value");
    }

    @Test void comparisonsAndMembership() {
        check("1 == 1.0", b(true));
        check("'a' < 'b'", b(true));
        check("1 in [1 2]", b(true));
        check("'a' in 'cat'", b(true));
        check("{a: 1} has a", b(true));
        check("'abc' =~ '^a'", b(true));
        check("'abc' !~ 'z'", b(true));
        check("2 in 1..3", b(true));
        check("2.5 in 1..3", b(false));
        check("1 < null", Value.NOTHING);
        check("true and false or true", b(true));
        check("false and (1 / 0 == 1)", b(false));
        check("not true", b(false));
        check("5 bit-and 3", i(1));
        check("1 bit-shl 3", i(8));
    }

    @Test void variablesAndAssignment() {
        check("let x = 5; $x * 2", i(10));
        check("mut x = 1; $x += 2; $x *= 10; $x", i(30));
        check("mut r = {a: {b: 1}}; $r.a.b = 5; $r.a.c = 6; $r", rec("a", rec("b", 5, "c", 6)));
        check("mut l = [1 2 3]; $l.1 = 20; $l", list(1, 20, 3));
        check("const c = 2 + 3; def f [] { $c }; f", i(5));
        check("let x = 1; let x = $x + 1; $x", i(2));
        fails("let x = 1; $x = 2", "nu::parser::assignment_requires_mutable_variable");
        fails("$nope", "nu::parser::variable_not_found");
        fails("let x: int = 'a'", "nu::parser::type_mismatch");
    }

    @Test void cellPaths() {
        check("{a: {b: [10 20]}}.a.b.1", i(20));
        check("[{a: 1} {a: 2}].a", list(1, 2));
        check("{a: 1}.b?", Value.NOTHING);
        check("[{a: 1} {b: 2}].a?", list(i(1), Value.NOTHING));
        fails("{a: 1}.b", "nu::shell::column_not_found");
        fails("[1 2].5", "nu::shell::access_beyond_end");
        fails("let x = 5; $x.0", "nu::shell::incompatible_path_access");
    }

    @Test void literalsAndCollections() {
        check("[[a b]; [1 2] [3 4]]", list(rec("a", 1, "b", 2), rec("a", 3, "b", 4)));
        check("{a: 1, ...{b: 2}}", rec("a", 1, "b", 2));
        check("[1 ...[2 3] 4]", list(1, 2, 3, 4));
        check("let n = 3; $\"n=($n + 1)\"", s("n=4"));
        fails("{a: 1, a: 2}", "nu::shell::column_defined_twice");
    }

    @Test void controlFlow() {
        check("if 1 > 2 { 'a' } else if 2 > 1 { 'b' } else { 'c' }", s("b"));
        check("if false { 1 }", Value.NOTHING);
        check("mut s = 0; for i in 1..10 { $s += $i }; $s", i(55));
        check("mut s = 0; for i in [1 2 3] { if $i == 2 { continue }; $s += $i }; $s", i(4));
        check("mut i = 0; while $i < 5 { $i += 1 }; $i", i(5));
        check("mut i = 0; loop { $i += 1; if $i >= 7 { break } }; $i", i(7));
        check("mut s = 0; for i in 10..1 { $s += $i }; $s", i(55));
        check("mut s = 0; for i in 0..2..10 { $s += $i }; $s", i(30));
        check("mut s = 0; for i in 1..<4 { $s += $i }; $s", i(6));
        check("def f [] { for i in 1..10 { if $i == 3 { return $i } }; 0 }; f", i(3));
        fails("if 1 { 2 }", "nu::shell::type_mismatch");
    }

    @Test void matchPatterns() {
        check("match 5 { 1..3 => 'low', $x if $x > 4 => 'high', _ => 'mid' }", s("high"));
        check("match 2 { 1 | 2 => 'small', _ => 'big' }", s("small"));
        check("match {a: 1, b: 2} { {a: 1, b: $y} => $y, _ => 0 }", i(2));
        check("match [1 2 3] { [$h, ..$t] => $t, _ => [] }", list(2, 3));
        check("match 'x' { 'y' => 1 }", Value.NOTHING);
    }

    @Test void tryCatch() {
        check("try { 1 / 0 } catch {|e| $e.msg }", s("Division by zero."));
        check("try { 1 / 0 } catch { $in.msg }", s("Division by zero."));
        check("try { 1 / 0 }", Value.NOTHING);
        check("try { 5 } catch { 6 }", i(5));
        check("try { {a: 1}.b } catch {|e| $e.details.code }", s("nu::shell::column_not_found"));
    }

    @Test void closuresCaptureByValue() {
        check("let x = 10; let f = {|y| $x + $y}; do $f 5", i(15));
        check("let f = {|a, b = 2| $a * $b}; do $f 3", i(6));
        check("let f = {|...r| $r}; do $f 1 2", list(1, 2));
        check("def mk [n] { {|x| $x + $n} }; do (mk 3) 4", i(7));
        fails("mut x = 1; do { $x }", "nu::parser::expected_keyword");
    }

    @Test void closureValuesExposeAstAndCaptures() {
        Value v = Snippets.eval("let x = 5; const C = 7; let unused = 1; {|y| $x + $C + $y}");
        Value.ClosureV c = (Value.ClosureV) v;
        org.junit.jupiter.api.Assertions.assertNotNull(c.ast());
        org.junit.jupiter.api.Assertions.assertEquals(1, c.ast().params().size());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Map.of("x", i(5), "C", i(7)), c.captures());
        Value nested = Snippets.eval("let a = 1; {|| {|| $a } }");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Map.of("a", i(1)), ((Value.ClosureV) nested).captures());
    }

    @Test void customCommands() {
        check("def f [a: int, b?: int, --c: int = 3, --d, ...rest] { [$a $b $c $d $rest] }; f 1 --d 5 6",
                list(i(1), i(5), i(3), b(true), list(6)));
        check("def f [a b? --flag: int ...x] { [$a $b $flag $x] }; f 1 ...[foo] 4 --flag 5 6 ...[7 8]",
                list(i(1), Value.NOTHING, i(5), list("foo", 4, 6, 7, 8)));
        check("def f [x: float] { $x }; f 2", f(2.0));
        check("def f [] { $in * 2 }; 21 | f", i(42));
        check("def fact [n] { if $n <= 1 { 1 } else { $n * (fact ($n - 1)) } }; fact 20", i(2432902008176640000L));
        check("def a [] { g }; def g [] { 'hoisted' }; a", s("hoisted"));
        check("let x = 10; def foo [] { $x }; foo", i(10));
        check("def foo [x] { let z = 100; def bar [y] { $y - $x + $z }; {|z| bar $z} }; do (foo 11) 13", i(102));
        check("def --env setit [] { $env.SET_IT = 1 }; setit; $env.SET_IT", i(1));
        check("def noenv [] { $env.NO_ENV = 1 }; noenv; $env.NO_ENV?", Value.NOTHING);
        fails("def f [x: int] { $x }; f 'a'", "nu::parser::type_mismatch");
        fails("def f [x] { $x }; f 1 2", "nu::parser::extra_positional");
        fails("def f [x] { $x }; f", "nu::parser::missing_positional");
        fails("def f [--x: int] { $x }; f --y", "nu::parser::unknown_flag");
        fails("def foo [--x = 3] { $x }; foo --x a", "nu::parser::type_mismatch");
        fails("def foo []: int -> int { 3 }; {a: 1} | foo", "nu::parser::input_type_mismatch");
    }

    @Test void pipelinesAndIn() {
        check("5 | $in + 1", i(6));
        check("def f [] { 1; $in }; 5 | f", i(5));
        check("[1 2] | do { $in ++ [3] }", list(1, 2, 3));
        check("1 | 2", i(2));
    }

    @Test void environment() {
        check("$env.T_ONE = 'x'; $env.T_ONE", s("x"));
        check("with-env {T_TWO: 5} { $env.T_TWO }", i(5));
        check("load-env {T_THREE: 3}; $env.T_THREE", i(3));
        check("$env.T_FOUR = 1; hide-env T_FOUR; $env.T_FOUR?", Value.NOTHING);
        check("do { $env.T_FIVE = 1 }; $env.T_FIVE?", Value.NOTHING);
        fails("$env.T_NOPE_NOT_SET", "nu::shell::column_not_found");
    }

    @Test void modulesAndAliases() {
        check("module m { export def f [] { 'mf' } }; use m *; f", s("mf"));
        check("module m { export def f [] { 'mf' } }; use m; m f", s("mf"));
        check("module m { export def f [] { 'a' }; export def g [] { 'b' } }; use m [g]; g", s("b"));
        check("module m { export const c = 7 }; use m c; $c", i(7));
        check("def greet [name] { $'hi ($name)' }; alias hi = greet; hi bob", s("hi bob"));
    }

    @Test void externals() {
        check("^sh -c 'exit 3' | complete | get exit_code".replace(" | get exit_code", ").exit_code").replace("^sh", "(^sh"), i(3));
        check("(^sh -c 'printf hi' | complete).stdout", s("hi"));
        check("let x = (^sh -c 'echo hi'); $x", s("hi"));
        check("'abc' | ^cat", s("abc"));
        fails("^sh -c 'exit 2'", "nu::shell::non_zero_exit_code");
        fails("definitely-not-a-command-xyz", "nu::shell::external_command");
    }

    @Test void nuCheck() {
        check("'def f [] { 1 }' | nu-check", b(true));
        check("'def f [ { 1 }' | nu-check", b(false));
    }
}
