/** AST to Truffle node translation: scopes, frame layout, captures, argument binding, modules. */
package dev.nuebpf.truffle.translate;
