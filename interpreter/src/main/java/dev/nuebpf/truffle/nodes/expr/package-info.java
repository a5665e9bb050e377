/** Expression nodes: literals, lists/records/tables, operators, ranges, interpolation, cell paths. */
package dev.nuebpf.truffle.nodes.expr;
