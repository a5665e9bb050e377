package dev.nuebpf.syntax;

/** Binary operators with Nushell's spelling. Precedence is resolved by the parser. */
public enum BinOp {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), FLOOR_DIV("//"), MOD("mod"), POW("**"), CONCAT("++"),
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
    REGEX_MATCH("=~"), NOT_REGEX_MATCH("!~"), LIKE("like"), NOT_LIKE("not-like"),
    IN("in"), NOT_IN("not-in"), HAS("has"), NOT_HAS("not-has"), STARTS_WITH("starts-with"), ENDS_WITH("ends-with"),
    NOT_STARTS_WITH("not-starts-with"), NOT_ENDS_WITH("not-ends-with"),
    AND("and"), OR("or"), XOR("xor"),
    BIT_AND("bit-and"), BIT_OR("bit-or"), BIT_XOR("bit-xor"), SHL("bit-shl"), SHR("bit-shr");

    public final String symbol;

    BinOp(String symbol) { this.symbol = symbol; }
}
