/**
 * The parser's implementation: the ANTLR lexer and bracket grammar ({@code dev.nuebpf.syntax.antlr}, generated)
 * give a tree of {@link dev.nuebpf.syntax.parse.Tok}s; the builders here turn it into the AST the way Nushell
 * does, reading each call's arguments by the called command's signature. Nothing here is public API:
 * {@link dev.nuebpf.syntax.Parser} is the only entry point, and no ANTLR type escapes this package.
 */
package dev.nuebpf.syntax.parse;
