package dev.nuebpf.syntax;

/** How the parser reads an argument of a known command (Nushell's signature-directed parsing). */
public enum SyntaxShape {
    ANY, INT, NUMBER, FLOAT, STRING, BOOLEAN, DURATION, FILESIZE, DATETIME, RANGE, LIST, RECORD, TABLE,
    CLOSURE, BLOCK, ROW_CONDITION, CELL_PATH, FULL_CELL_PATH, FILEPATH, DIRECTORY, GLOB, BINARY,
    /** A bare word taken literally ({@code def name}, {@code str replace 'a' 'b'} stays ANY). */
    KEYWORD, SIGNATURE, EXPRESSION, ONE_OF_BLOCK_OR_CLOSURE, NOTHING, ERROR
}
