package dev.nuebpf.stdlib.system;

import dev.nuebpf.command.ShellException;
import dev.nuebpf.diag.Span;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** File-system failures as nu's I/O diagnostics (never a Java stack trace). */
final class FsErrors {
    private FsErrors() {}

    static ShellException io(IOException e, String path, Span span) {
        return switch (e) {
            case NoSuchFileException x -> notFound(path, span);
            case AccessDeniedException x -> ShellException.of("nu::shell::io::permission_denied", "Permission denied", span,
                    "permission denied for `" + path + "`");
            case FileAlreadyExistsException x -> ShellException.of("nu::shell::io::already_exists", "Entity already exists", span,
                    "`" + path + "` already exists");
            case DirectoryNotEmptyException x -> ShellException.of("nu::shell::io::directory_not_empty", "Directory not empty", span,
                    "`" + path + "` is not empty", "use --recursive to remove a directory and its contents");
            case NotDirectoryException x -> ShellException.of("nu::shell::io::not_a_directory", "Not a directory", span,
                    "`" + path + "` is not a directory");
            default -> ShellException.of("nu::shell::io::other", "I/O error", span, path + ": " + e.getMessage());
        };
    }

    static ShellException notFound(String path, Span span) {
        return ShellException.of("nu::shell::io::not_found", "File not found", span, "`" + path + "` does not exist");
    }
}
