package dev.nuebpf.stdlib.system;

import dev.nuebpf.command.Category;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code cp}: copies files (directories with --recursive). */
public final class CpCommand extends CopyMove {
    @Override boolean move() { return false; }

    @Override public Signature signature() {
        return Signature.build("cp", Category.FILESYSTEM)
                .description("Copy files.")
                .rest("paths", SyntaxShape.GLOB, "Copy SRC file/s to DEST.")
                .switchFlag("recursive", "copy recursively through subdirectories", 'r')
                .switchFlag("no-clobber", "do not overwrite an existing file", 'n')
                .io("nothing", "nothing");
    }

    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("Copy myfile to dir_b", "cp myfile dir_b"),
                Example.parseOnly("Recursively copy dir_a to dir_b", "cp -r dir_a dir_b"));
    }
}
