/** Pipelines and their stages: lazy streaming between stages, $in binding, subexpressions. */
package dev.nuebpf.truffle.nodes.pipeline;
