package dev.nuebpf.runtime;

/**
 * Marks the source of a {@link PipelineData.ByteStream} whose bytes are binary data (Nushell's binary-typed
 * byte stream, e.g. from {@code bytes collect}), so collecting it yields a binary even when it happens to be
 * valid UTF-8.
 */
public interface BinaryBytes {}
