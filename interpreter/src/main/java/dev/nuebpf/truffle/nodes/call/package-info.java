/** Calls of built-ins and defs, closures, externals, redirections, and the function root node. */
package dev.nuebpf.truffle.nodes.call;
