/** The {@code path} commands: textual path operations with Rust std::path semantics, plus exists/type/expand. */
package dev.nuebpf.stdlib.path;
