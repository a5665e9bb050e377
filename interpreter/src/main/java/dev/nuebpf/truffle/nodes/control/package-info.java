/** Blocks, if, match with patterns, loops (Truffle LoopNode for OSR), break/continue/return, try/catch. */
package dev.nuebpf.truffle.nodes.control;
