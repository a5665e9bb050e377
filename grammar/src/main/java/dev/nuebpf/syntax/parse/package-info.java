/**
 * The parser's implementation. {@link dev.nuebpf.syntax.Parser} is the only entry point; nothing here is
 * public API and no ANTLR type leaves this package.
 *
 * <p>Nushell is parsed in two layers, as nu itself does:
 * <ol>
 *   <li>{@code NuLexer.g4}/{@code NuParser.g4} (ANTLR, generated into {@code dev.nuebpf.syntax.antlr}) find
 *       quotes, brackets and separators; {@link dev.nuebpf.syntax.parse.TokenTree} turns that into a tree of
 *       {@link dev.nuebpf.syntax.parse.Tok}s and reports unclosed/unbalanced delimiters. Tokens without
 *       whitespace between them form one {@link dev.nuebpf.syntax.parse.Word}.</li>
 *   <li>The builders read words by context: {@link dev.nuebpf.syntax.parse.AstBuilder} (blocks, pipelines,
 *       calls, externals), {@link dev.nuebpf.syntax.parse.CallArgs} (arguments by the command's shape),
 *       {@link dev.nuebpf.syntax.parse.Keywords} with {@code Bindings}, {@code Definitions} and
 *       {@code ControlFlow} (keyword statements), {@link dev.nuebpf.syntax.parse.ExprParser} (operators and
 *       literals) with {@code StringParser}, {@code PathParser} and {@code CollectionParser},
 *       {@link dev.nuebpf.syntax.parse.SigParser} (signatures, types) and {@code PatternParser} (match).</li>
 * </ol>
 * {@link dev.nuebpf.syntax.parse.DefScanner} registers every def first, so calls before a definition read
 * their arguments by its signature; {@link dev.nuebpf.syntax.parse.Scopes} tracks variables for nu's
 * parse-time variable and mutability checks.
 */
package dev.nuebpf.syntax.parse;
