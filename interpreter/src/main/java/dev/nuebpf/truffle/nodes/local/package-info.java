/** Variables in frame slots, $in, let/mut, assignments, and the scoped $env. */
package dev.nuebpf.truffle.nodes.local;
