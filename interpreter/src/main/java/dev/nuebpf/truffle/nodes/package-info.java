/**
 * Truffle nodes for the nu AST. Subpackages follow SimpleLanguage: {@code expr} (literals, operators,
 * cell paths, closures), {@code local} (variables, $env), {@code control} (blocks, if/match/loops/try),
 * {@code pipeline} (stages and $in), {@code call} (built-in and def calls, externals, root nodes).
 */
package dev.nuebpf.truffle.nodes;
