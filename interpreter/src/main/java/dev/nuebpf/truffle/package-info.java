/**
 * The Truffle language for Nushell ({@code NuLanguage}, {@code NuContext}) and the plain-Java facade
 * {@link dev.nuebpf.truffle.Shell} that front ends (REPL, launcher, conformance server) code against.
 * The AST from {@code dev.nuebpf.syntax} is translated to Truffle nodes by {@code NodeFactory}.
 */
package dev.nuebpf.truffle;
