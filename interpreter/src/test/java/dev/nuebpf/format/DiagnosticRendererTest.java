package dev.nuebpf.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nuebpf.diag.Diagnostic;
import dev.nuebpf.diag.Source;
import dev.nuebpf.diag.Span;
import org.junit.jupiter.api.Test;

/** Expected texts were printed by nu 0.115.1 (stderr to a pipe, and in tmux for the Unicode theme). */
class DiagnosticRendererTest {
    private static Span at(Source s, String needle, int occurrence) {
        int i = -1;
        for (int k = 0; k <= occurrence; k++) i = s.text().indexOf(needle, i + 1);
        return Span.of(s, i, i + needle.length());
    }

    private static String plain(Diagnostic d) { return DiagnosticRenderer.render(d, DiagnosticRenderer.Style.PLAIN); }

    @Test void singleLabel() {
        Source s = new Source("source", "1 / 0");
        Diagnostic d = Diagnostic.builder("nu::shell::division_by_zero", "Division by zero.")
                .label(at(s, "/", 0), "division by zero").build();
        assertEquals("""
                Error: nu::shell::division_by_zero

                  x Division by zero.
                   ,-[source:1:3]
                 1 | 1 / 0
                   :   |
                   :   `-- division by zero
                   `----

                """, plain(d));
    }

    @Test void zeroLengthSpan() {
        Source s = new Source("source", "let x = ; 1");
        Diagnostic d = Diagnostic.builder("nu::parser::keyword_missing_arg", "Missing argument to `=`.")
                .label(Span.of(s, 7, 7), "missing variable value that follows =").build();
        assertEquals("""
                Error: nu::parser::keyword_missing_arg

                  x Missing argument to `=`.
                   ,-[source:1:8]
                 1 | let x = ; 1
                   :        ^
                   :        `-- missing variable value that follows =
                   `----

                """, plain(d));
    }

    @Test void twoLabelsAndWrappedHelp() {
        Source s = new Source("source", "{a:1} | get b");
        Diagnostic d = Diagnostic.builder("nu::shell::column_not_found", "Cannot find column 'b'")
                .label(at(s, "b", 0), "column 'b' is missing in one or more values")
                .label(at(s, "{a:1}", 0), "value originates here")
                .help("If some rows have this column, try using 'b?' for optional access, or pre-fill using the `default` command")
                .build();
        assertEquals("""
                Error: nu::shell::column_not_found

                  x Cannot find column 'b'
                   ,-[source:1:1]
                 1 | {a:1} | get b
                   : ^^|^^       |
                   :   |         `-- column 'b' is missing in one or more values
                   :   `-- value originates here
                   `----
                  help: If some rows have this column, try using 'b?' for optional access, or
                        pre-fill using the `default` command

                """, plain(d));
    }

    @Test void contextLinesAndTwoDigitLineNumbers() {
        Source s = new Source("/tmp/t2.nu", "let a = 1\nlet b = 2\nlet c = 3\nlet d = 4\nlet e = 5\nlet f = 6\nlet g = 7\n"
                + "let h = 8\nlet i = 9\nlet j = 10\nlet k = (\n  1 +\n  \"x\")\n");
        String expected = """
                Error: nu::parser::operator_incompatible_types

                  x Types 'int' and 'string' are not compatible for the '+' operator.
                    ,-[/tmp/t2.nu:12:3]
                 11 | let k = (
                 12 |   1 +
                    :   | |
                    :   | `-- does not operate between 'int' and 'string'
                    :   `-- int
                 13 |   "x")
                    :   ^|^
                    :    `-- string
                    `----

                """;
        Span one = Span.of(s, at(s, "1 +", 0).start(), at(s, "1 +", 0).start() + 1);
        Diagnostic d = Diagnostic.builder("nu::parser::operator_incompatible_types",
                        "Types 'int' and 'string' are not compatible for the '+' operator.")
                .label(one, "int").label(at(s, "+", 0), "does not operate between 'int' and 'string'")
                .label(at(s, "\"x\"", 0), "string").build();
        assertEquals(expected, plain(d));
    }

    @Test void labelWithoutTextAndHelp() {
        Source s = new Source("source", "error make {msg: \"boom\", help: \"some help\"}");
        Diagnostic d = Diagnostic.builder("nu::shell::error", "boom")
                .label(Span.of(s, 11, s.text().length()), "").help("some help").build();
        assertEquals("""
                Error: nu::shell::error

                  x boom
                   ,-[source:1:12]
                 1 | error make {msg: "boom", help: "some help"}
                   :            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                   `----
                  help: some help

                """, plain(d));
    }

    @Test void multiLineSpan() {
        Source s = new Source("/tmp/t4.nu", "let x = {\n  a: 1\n  b: 2\n}\nerror make {msg: \"m\"}\n");
        Diagnostic d = Diagnostic.builder("nu::shell::error", "m").label(Span.of(s, 8, 25), "the record").build();
        assertEquals("""
                Error: nu::shell::error

                  x m
                   ,-[/tmp/t4.nu:1:9]
                 1 | ,-> let x = {
                 2 | |     a: 1
                 3 | |     b: 2
                 4 | |-> }
                   : `---- the record
                 5 |     error make {msg: "m"}
                   `----

                """, plain(d));
    }

    @Test void unicodeWithColours() {
        Source s = new Source("source", "{a:1} | get b");
        Diagnostic d = Diagnostic.builder("nu::shell::column_not_found", "Cannot find column 'b'")
                .label(at(s, "b", 0), "column 'b' is missing in one or more values")
                .label(at(s, "{a:1}", 0), "value originates here").build();
        String e = "\u001b[";
        assertEquals("Error: " + e + "31mnu::shell::column_not_found" + e + "0m\n\n"
                + "  " + e + "31m×" + e + "0m Cannot find column 'b'\n"
                + "   ╭─[" + e + "36;1;4msource:1:1" + e + "0m]\n"
                + " " + e + "2m1" + e + "0m │ {a:1} | get b\n"
                + "   · " + e + "35;1m──┬──" + e + "0m" + e + "33;1m       ┬" + e + "0m\n"
                + "   ·   " + e + "35;1m│" + e + "0m         " + e + "33;1m╰── " + e + "33;1mcolumn 'b' is missing in one or more values" + e + "0m" + e + "0m\n"
                + "   ·   " + e + "35;1m╰── " + e + "35;1mvalue originates here" + e + "0m" + e + "0m\n"
                + "   ╰────\n\n", DiagnosticRenderer.render(d, DiagnosticRenderer.Style.terminal(120)));
    }

    @Test void innerErrorFollowsOuter() {
        Source s = new Source("source", "def f [] { error make {msg: inner} }; [1] | each {|| f }");
        Diagnostic inner = Diagnostic.builder(null, "inner").label(at(s, "{msg: inner}", 0), "").build();
        Diagnostic outer = Diagnostic.builder("nu::shell::eval_block_with_input", "Eval block failed with pipeline input")
                .label(at(s, "1", 0), "source value").inner(inner).build();
        assertEquals("""
                Error: nu::shell::eval_block_with_input

                  x Eval block failed with pipeline input
                   ,-[source:1:40]
                 1 | def f [] { error make {msg: inner} }; [1] | each {|| f }
                   :                                        |
                   :                                        `-- source value
                   `----

                Error:\s
                  x inner
                   ,-[source:1:23]
                 1 | def f [] { error make {msg: inner} }; [1] | each {|| f }
                   :                       ^^^^^^^^^^^^
                   `----

                """, plain(outer));
    }

    @Test void tabsExpandInTheSnippetButNotInTheHeader() {
        Source s = new Source("/tmp/tab.nu", "let r = {a: 1}\n\t$r | get b\n");
        Span b = Span.of(s, s.text().lastIndexOf('b'), s.text().lastIndexOf('b') + 1);
        Diagnostic d = Diagnostic.builder("nu::shell::column_not_found", "Cannot find column 'b'")
                .label(b, "column 'b' is missing in one or more values").label(at(s, "$r", 0), "value originates here").build();
        assertEquals("""
                Error: nu::shell::column_not_found

                  x Cannot find column 'b'
                   ,-[/tmp/tab.nu:2:2]
                 1 | let r = {a: 1}
                 2 |     $r | get b
                   :     ^|       |
                   :      |       `-- column 'b' is missing in one or more values
                   :      `-- value originates here
                   `----

                """, plain(d));
    }
}
