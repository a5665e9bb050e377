package dev.nuebpf.syntax;

public enum AssignOp {
    ASSIGN("="), ADD("+="), SUB("-="), MUL("*="), DIV("/="), CONCAT("++=");

    public final String symbol;

    AssignOp(String symbol) { this.symbol = symbol; }
}
