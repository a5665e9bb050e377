package dev.nuebpf.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Syntax errors: Nushell's codes, with the primary label on the exact span nu points at. */
class DiagnosticsTest {

    private static List<Diagnostic> errors(String code) {
        return Parser.parse(new Source("test", code), TestShapes.INSTANCE).errors();
    }

    /** Asserts the first error's code and the text under (or the offset of) its primary label. */
    private static void assertError(String code, String expectedCode, int start, int end) {
        List<Diagnostic> errs = errors(code);
        assertFalse(errs.isEmpty(), "expected an error for `" + code + "`");
        Diagnostic d = errs.get(0);
        assertEquals(expectedCode, d.code(), () -> "for `" + code + "`: " + errs);
        assertNotNull(d.span());
        assertEquals(start + ".." + end, d.span().start() + ".." + d.span().end(), () -> "span for `" + code + "`: " + d);
    }

    @Test void letWithoutValue() {
        assertError("let x = ; 1", "nu::parser::keyword_missing_arg", 7, 8);
    }

    @Test void unclosedDelimiters() {
        assertError("(1 + 2", "nu::parser::unclosed_delimiter", 5, 6);
        assertError("[1 2", "nu::parser::unclosed_delimiter", 3, 4);
        assertError("{ ls ", "nu::parser::unclosed_delimiter", 4, 5); // nu points at the input's last character
        assertError("{|x| ", "nu::parser::unclosed_delimiter", 4, 5);
        assertError("\"abc", "nu::parser::unclosed_delimiter", 3, 4);
        Diagnostic d = errors("(1 + 2").get(0);
        assertEquals(0, d.labels().get(1).span().start());
    }

    @Test void unbalancedCloser() {
        assertError("echo )", "nu::parser::unbalanced_delimiter", 5, 6);
        assertError("ls } | length", "nu::parser::unbalanced_delimiter", 3, 4);
        // a ']' outside brackets is text in nu, and '#' only starts a comment after whitespace, ; or |
        assertEquals(List.of(), errors("[1 2 3]] | length; echo m]ath a#b"));
        assertError("{}#.}", "nu::parser::unbalanced_delimiter", 4, 5);
    }

    @Test void recordFieldWithoutValue() {
        assertError("{a: }", "nu::parser::parse_mismatch", 3, 4);
        assertError("{a: 1 + 2}", "nu::parser::error", 8, 9);
    }

    @Test void missingPositional() {
        assertError("def f [x: int] { $x }; f", "nu::parser::missing_positional", 24, 24);
        assertEquals(List.of(), errors("def f [x: int] { $x }; f --help"));
    }

    @Test void unknownFlags() {
        assertError("def f [] {}; f --zz", "nu::parser::unknown_flag", 15, 19);
        assertError("echo -abc", "nu::parser::unknown_flag", 6, 7);
        assertEquals("The `f` command doesn't have flag `zz`.", errors("def f [] {}; f --zz").get(0).message());
        // unknown commands are externals: their flags are never checked
        assertEquals(List.of(), errors("foo --bar -x"));
        // a --wrapped def passes unknown flags on
        assertEquals(List.of(), errors("def --wrapped w [...rest] {}; w --anything -x"));
    }

    @Test void defsInModulesDoNotShadowBuiltinsEverywhere() {
        // `ls` of the module is `m ls`; the built-in keeps its flags outside
        assertEquals(List.of(), errors("module m { export def ls [x] { $x } }; ls -a; m ls 1"));
        // a top-level def does shadow the built-in
        assertError("def ls [] {}; ls -a", "nu::parser::unknown_flag", 18, 19);
    }

    @Test void extraPositional() {
        assertError("def f [a] {}; f 1 2", "nu::parser::extra_positional", 18, 19);
    }

    @Test void variableNotFound() {
        assertError("echo $nope", "nu::parser::variable_not_found", 5, 10);
        assertError("def f [] { $y }; let y = 1", "nu::parser::variable_not_found", 11, 13);
        assertError("echo $it", "nu::parser::variable_not_found", 5, 8);
        assertEquals(List.of(), errors("let y = 1; def f [] { $y }; f"));
        assertEquals(List.of(), errors("def f [--dry-run] { $dry_run }"));
        assertEquals(List.of(), errors("for x in [1] { $x }; [1] | each {|v| $v } | where $it > 0"));
        assertError("(let x = 1\n $x + 1)", "nu::parser::variable_not_found", 12, 14);
    }

    @Test void incompleteStatements() {
        assertError("ls |", "nu::parser::unexpected_eof", 4, 4);
        assertError("if true {1} else", "nu::parser::keyword_missing_arg", 16, 16);
        assertError("if true", "nu::parser::missing_positional", 7, 7);
        assertError("for in [1] {}", "nu::parser::missing_positional", 3, 3);
        assertError("alias = ls", "nu::parser::assignment_mismatch", 6, 7);
        assertError("def", "nu::parser::missing_positional", 3, 3);
        assertError("def f [--x: int] {}; f --x", "nu::parser::missing_flag_param", 23, 26);
    }

    @Test void matchArmValueIsOneWord() {
        assertError("match 1 { _ => 1 + 2 }", "nu::parser::type_mismatch", 21, 22);
    }

    @Test void mathErrors() {
        assertError("let x = 1 2", "nu::parser::parse_mismatch", 10, 11);
        assertError("let x = 1 +", "nu::parser::incomplete_math_expression", 10, 11);
    }

    @Test void allErrorsAreCollected() {
        List<Diagnostic> errs = errors("let a = ;\nlet b = $zz\n[1 2");
        assertEquals(List.of("nu::parser::keyword_missing_arg", "nu::parser::variable_not_found", "nu::parser::unclosed_delimiter"),
                errs.stream().map(Diagnostic::code).sorted((x, y) -> 0).toList().stream().sorted().toList().equals(
                        List.of("nu::parser::keyword_missing_arg", "nu::parser::unclosed_delimiter", "nu::parser::variable_not_found"))
                        ? List.of("nu::parser::keyword_missing_arg", "nu::parser::variable_not_found", "nu::parser::unclosed_delimiter")
                        : errs.stream().map(Diagnostic::code).toList());
    }

    @Test void moduleMode() {
        ParseResult ok = Parser.parseModule(new Source("/x/m.nu", "# doc\ndef a [] {1}\nconst x = 1\nexport-env { $env.A = 1 }\nalias b = ls\n"
                + "extern c []\nuse std\nmodule q {}\nexport use std\nexport def --env e [] {}\n@example \"x\" {a}\ndef z [] {}"), TestShapes.INSTANCE);
        assertEquals(List.of(), ok.errors());
        for (String bad : List.of("let x = 1", "ls", "$env.X = 1", "source foo.nu", "overlay use std", "def a [] {}; a")) {
            ParseResult r = Parser.parseModule(new Source("/x/m.nu", bad), TestShapes.INSTANCE);
            assertEquals(List.of("nu::parser::expected_keyword"), r.errors().stream().map(Diagnostic::code).toList(), bad);
        }
        ParseResult same = Parser.parseModule(new Source("/x/tool.nu", "export def tool [] {}"), TestShapes.INSTANCE);
        assertEquals("nu::parser::named_as_module", same.errors().get(0).code());
        assertEquals("tool", same.errors().get(0).span().text());
    }

    @Test void externShadowsBuiltin() {
        assertEquals(List.of(), errors("extern echo [-a, -b: int]; echo -ab 10 --zz foo bar"));
        // what an extern declares is checked as nu does
        assertError("extern echo [a]; echo", "nu::parser::missing_positional", 21, 21);
        assertError("extern echo [--foo: string]; echo --foo", "nu::parser::missing_flag_param", 34, 39);
        assertError("def f [--dry-run: bool] {}", "nu::parser::error", 18, 22);
    }

    @Test void mutabilityAndNames() {
        assertError("let i = 3; $i = 4", "nu::parser::assignment_requires_mutable_variable", 11, 13);
        assertError("$in = 3", "nu::parser::assignment_requires_mutable_variable", 0, 3);
        assertError("mut x = 123; {|| $x }", "nu::parser::expected_keyword", 17, 19);
        assertError("let in = 3", "nu::parser::name_is_builtin_var", 4, 6);
        assertError("def def [] {}", "nu::parser::name_is_keyword", 4, 7);
        assertError("def foo [] { 1 }; def foo [] { 2 }", "nu::parser::duplicate_command_def", 22, 25);
        // mutation inside loops and ifs (no closure boundary) is fine, and $env is always assignable
        assertEquals(List.of(), errors("mut x = 0; for i in [1] { if true { $x += $i } }; do { $env.A = 1 }"));
    }

    @Test void stringsAndTypes() {
        assertError("\"aaaab\"cc", "nu::parser::extra_token_after_closing_delimiter", 7, 9);
        assertError("r#abc", "nu::parser::parse_mismatch", 2, 3);
        assertError("def f [l: list<str>] {}", "nu::parser::unknown_type", 15, 18);
        assertError("def f [l: list<string] {}", "nu::parser::unclosed_delimiter", 20, 21);
        assertEquals(List.of(), errors("def f [r: record<name, age: int>, t: table<a>] {}"));
        // nu reads a token with inner quotes as one string between its first and last quote
        assertEquals(List.of(), errors("let info = \"[{name: \"John\"}]\""));
    }

    @Test void needsMoreInputForTheRepl() {
        org.junit.jupiter.api.Assertions.assertTrue(Parser.needsMoreInput("def f [] {"));
        org.junit.jupiter.api.Assertions.assertTrue(Parser.needsMoreInput("[1 2"));
        org.junit.jupiter.api.Assertions.assertTrue(Parser.needsMoreInput("echo \"abc"));
        org.junit.jupiter.api.Assertions.assertTrue(Parser.needsMoreInput("ls |\n"));
        org.junit.jupiter.api.Assertions.assertFalse(Parser.needsMoreInput("ls | length"));
        org.junit.jupiter.api.Assertions.assertFalse(Parser.needsMoreInput("echo )"));
    }

    @Test void hostVariablesFromEarlierReplLines() {
        CommandShapes host = new CommandShapes() {
            public CommandShape lookup(String name) { return TestShapes.INSTANCE.lookup(name); }
            public boolean isPrefix(String prefix) { return TestShapes.INSTANCE.isPrefix(prefix); }
            @Override public Boolean variable(String name) { return name.equals("m") ? Boolean.TRUE : name.equals("k") ? Boolean.FALSE : null; }
        };
        assertEquals(List.of(), Parser.parse(new Source("repl", "$m += 1; $k + 1"), host).errors());
        assertEquals(List.of("nu::parser::assignment_requires_mutable_variable"),
                Parser.parse(new Source("repl", "$k = 2"), host).errors().stream().map(Diagnostic::code).toList());
        assertEquals(List.of("nu::parser::variable_not_found"),
                Parser.parse(new Source("repl", "$zz"), host).errors().stream().map(Diagnostic::code).toList());
    }

    @Test void moreParseTimeChecks() {
        assertError("[[a b]; [1]]", "nu::parser::missing_columns", 8, 11);
        assertError("5 | mut x", "nu::parser::unexpected_keyword", 4, 7);
        assertError("def f [>a] {}", "nu::parser::parse_mismatch", 7, 9);
        assertError("{a:1}x", "nu::parser::extra_token_after_closing_delimiter", 5, 6);
        assertEquals(List.of(), errors("(1)x; [1 2 3]] | length; extern e [--flag?]"));
    }
}
