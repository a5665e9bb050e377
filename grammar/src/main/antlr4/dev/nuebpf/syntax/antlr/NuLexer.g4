/*
 * Tokens of Nushell. Nushell lexes in two layers: a token is a run of non-space characters whose brackets
 * and quotes balance; what a bare run means (number, range, cell path, flag, glob...) depends on where it
 * stands. This lexer produces the first layer: quotes, brackets and separators, with everything else as
 * BARE runs. Adjacent tokens (no whitespace between them, e.g. `$x."a b"` or `--f="x"`) form one word;
 * the AST builder joins them by their character offsets, which is why whitespace goes to a hidden channel.
 */
lexer grammar NuLexer;

// A comment starts with '#' at the beginning of a token (inside a bare run '#' is an ordinary character).
// nu also requires whitespace, ';' or '|' before it; TokenTree's lexer subclass turns other '#'s back
// into text (a semantic predicate here would disable the lexer's DFA cache: seven times slower).
COMMENT : '#' ~[\r\n]* -> channel(HIDDEN);
WS      : [ \t\f\u00a0]+ -> channel(HIDDEN);
NL      : '\r'? '\n' | '\r';
SEMI    : ';';
PIPE    : '|';
LPAREN  : '(';
RPAREN  : ')';
LBRACK  : '[';
RBRACK  : ']';
LBRACE  : '{';
RBRACE  : '}';
COMMA   : ',';
COLON   : ':';

// Output redirections: o> e> o+e> out> err> with >> (append) or >| (pipe). Listed before BARE so that
// the same-length match is a redirection.
REDIR   : ('o' | 'out' | 'e' | 'err' | 'o+e' | 'e+o' | 'out+err' | 'err+out') ('>>' | '>' | '>|');

DQ      : '"' (DQ_ESC | ~["\\])* '"';
SQ      : '\'' ~[']* '\'';
BT      : '`' ~[`]* '`';
RAW     : 'r#\'' .*? '\'#' | 'r##\'' .*? '\'##' | 'r###\'' .*? '\'###';
IDQ     : '$"' (DQ_ESC | ~["\\(] | IPAREN)* '"';
ISQ     : '$\'' (~['(] | IPAREN)* '\'';

// Unterminated forms: as long as the closed form when closed (so the closed one wins, being listed first),
// longer otherwise; the builder turns them into unclosed-delimiter diagnostics.
DQ_OPEN  : '"' (DQ_ESC | ~["\\])* '\\'?;
SQ_OPEN  : '\'' ~[']*;
BT_OPEN  : '`' ~[`]*;
IDQ_OPEN : '$"' (DQ_ESC | ~["\\(] | IPAREN)* '\\'?;
ISQ_OPEN : '$\'' (~['(] | IPAREN)*;

BARE    : ~[ \t\f\u00a0\r\n|;()[\]{}"'`,:]+;

// Any other character (cannot happen with the rules above, kept so the lexer never fails).
OTHER   : . ;

fragment DQ_ESC    : '\\' . ;
fragment IPAREN    : '(' (IPAREN | IN_STRING | ~[()"'`])* ')';
fragment IN_STRING : '"' (DQ_ESC | ~["\\])* '"' | '\'' ~[']* '\'' | '`' ~[`]* '`';
