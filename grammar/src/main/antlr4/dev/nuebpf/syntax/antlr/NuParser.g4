/*
 * The bracket structure of Nushell source: a flat list of items where ( [ { open nested groups.
 * Everything else (pipelines, calls, operators, literals) is decided by the AST builder, because
 * Nushell reads arguments by the called command's signature, which a context-free grammar cannot know.
 */
parser grammar NuParser;

options { tokenVocab = NuLexer; }


source  : item* EOF ;

// Outside brackets a ']' is ordinary text in nu (`echo ]`), while a stray ')' or '}' is an error.
item    : paren | bracket | brace | leaf | RBRACK ;
bitem   : paren | bracket | brace | leaf ;

paren   : LPAREN item* RPAREN ;
bracket : LBRACK bitem* RBRACK ;
brace   : LBRACE item* RBRACE ;

leaf    : NL | SEMI | PIPE | COMMA | COLON | REDIR | BARE | DQ | SQ | BT | RAW | IDQ | ISQ
        | DQ_OPEN | SQ_OPEN | BT_OPEN | IDQ_OPEN | ISQ_OPEN | OTHER ;
