/** Built-in commands that need interpreter internals: do, complete, with-env, load-env, hide-env, export-env, nu-check. */
package dev.nuebpf.truffle.builtins;
