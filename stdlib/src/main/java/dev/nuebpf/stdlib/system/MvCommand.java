package dev.nuebpf.stdlib.system;

import dev.nuebpf.command.Category;
import dev.nuebpf.command.Example;
import dev.nuebpf.command.Signature;
import dev.nuebpf.syntax.SyntaxShape;
import java.util.List;

/** {@code mv}: moves or renames files and directories. */
public final class MvCommand extends CopyMove {
    @Override boolean move() { return true; }

    @Override public Signature signature() {
        return Signature.build("mv", Category.FILESYSTEM)
                .description("Move files or directories.")
                .rest("paths", SyntaxShape.GLOB, "Rename SRC to DST, or move SRC to DIR.")
                .switchFlag("force", "do not prompt before overwriting", 'f')
                .switchFlag("no-clobber", "do not overwrite an existing file", 'n')
                .io("nothing", "nothing");
    }

    @Override public List<Example> examples() {
        return List.of(Example.parseOnly("Rename a file", "mv before.txt after.txt"),
                Example.parseOnly("Move a file into a directory", "mv test.txt my/subdirectory"));
    }
}
