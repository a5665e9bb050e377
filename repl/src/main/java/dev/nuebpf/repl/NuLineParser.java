package dev.nuebpf.repl;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/** jline parser: Enter inside open brackets or strings continues the entry on a new line. */
final class NuLineParser extends DefaultParser {
    NuLineParser() {
        setEofOnUnclosedQuote(false);
        setEofOnUnclosedBracket();
        setEscapeChars(new char[0]);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && Brackets.incomplete(line)) {
            throw new EOFError(-1, cursor, "incomplete input");
        }
        return super.parse(line, cursor, context == ParseContext.ACCEPT_LINE ? ParseContext.COMPLETE : context);
    }
}
