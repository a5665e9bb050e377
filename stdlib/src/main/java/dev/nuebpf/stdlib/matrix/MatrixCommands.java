package dev.nuebpf.stdlib.matrix;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.List;

/** Registers the matrix commands (one class per command in this package). */
public final class MatrixCommands implements CommandProvider {
    @Override public List<Command> commands() {
        return List.of(new IntoMatrixCommand(), new MatrixIntoNuCommand(), new MatrixIdentityCommand(), new MatrixZerosCommand(),
                new MatrixAddCommand(), new MatrixSubtractCommand(), new MatrixMultiplyCommand(), new MatrixScaleCommand(),
                new MatrixTransposeCommand(), new MatrixSumCommand(), new MatrixMaxCommand(), new MatrixMeanCommand(),
                new MatrixReduceCommand(), new MatrixMapCommand(), new MatrixReshapeCommand(), new MatrixGetRowCommand(),
                new MatrixGetColCommand(), new MatrixSetRowCommand(), new MatrixSetColCommand());
    }
}
