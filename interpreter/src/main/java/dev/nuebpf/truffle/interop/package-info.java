/** Interop views of nu values for polyglot embedders (records as members, lists as arrays). */
package dev.nuebpf.truffle.interop;
