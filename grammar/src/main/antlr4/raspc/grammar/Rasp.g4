// The RASP language of "Thinking Like Transformers" (Weiss, Goldberg, Yahav, ICML 2021),
// syntax-compatible with the original interpreter, plus raspc's extensions (task and Boolean
// function declarations). The order of the `expr` alternatives is the operator precedence
// (first binds tightest) and mirrors the original grammar, so programs parse identically.
grammar Rasp;

program : statement* EOF ;

// One REPL entry: a single statement (the REPL feeds one statement at a time).
replEntry : statement EOF ;

statement
    : raspStatement
    | replStatement
    ;

raspStatement
    : expr ';'                                   # exprStatement
    | idList '=' exprList ';'                    # assignStatement
    | 'draw' '(' sop=expr (',' input=expr)? ')' ';'   # drawStatement
    | 'load' String ';'                          # loadStatement
    | 'def' name=ID '(' params=idList? ')' '{' raspStatement* 'return' exprList ';' '}'  # funcDefStatement
    | 'for' idList 'in' expr '{' raspStatement* '}'                                     # forStatement
    // raspc extensions. `task`, `composition` and `boolean` are contextual (checked when building the AST),
    // so programs that use them as ordinary names keep working.
    | kind=ID name=ID '{' taskField* '}'                                                # taskStatement
    | kind=ID name=declName '(' params=idList? ')' '=' expr ';'                               # booleanStatement
    ;

taskField : key=ID '=' expr ';' ;
// Boolean functions may be called `and`, `or`, `not` (their task names are and_8, or_8, ...).
declName : ID | 'and' | 'or' | 'not' ;

// REPL commands take no ';' in the original; we accept an optional one. Without the ';' the
// example must be a value (see exampleValue): an open expression there could be followed by any
// statement, so ANTLR's context-free prediction would take every '(' or '[' after an expression
// anywhere for the start of a new statement, report errors inside calls at the call's '('
// (`g(1 2);`) and reject a call cut short in the REPL (`g({"a":1}` before its ')') as wrong.
replStatement
    : 'set' subset? 'example' example=expr ';'      # setExample
    | 'set' subset? 'example' exampleValue ';'?     # setExample
    | 'show' subset? 'example' ';'?              # showExample
    | subset? 'examples' onOff ';'?              # toggleExamples
    | FULL_SEQ_DISPLAY onOff ';'?                # toggleFullSeq
    | ('exit' | 'quit') ('(' ')')? ';'?          # exitCommand
    ;

subset : 's-op' | 'selector' ;
// What the original's examples are: a string or list literal, a name, or any bracketed expression.
exampleValue
    : atom                                                  # exampleAtom
    | ID                                                    # exampleName
    | '[' exprList? ']'                                     # exampleList
    | '[' value=expr 'for' idList 'in' iterable=expr ']'    # exampleListComp
    | '(' expr ')'                                          # exampleParen
    ;
onOff  : 'on' | 'off' ;

exprList      : expr (',' expr)* ;
namedExprList : namedExpr (',' namedExpr)* ;
namedExpr     : key=expr ':' value=expr ;
idList        : ID (',' ID)* ;

expr
    : '(' expr ')'                                              # parenExpr
    | target=expr '[' index=expr ']'                            # indexExpr
    | callee=expr '(' exprList? ')'                             # callExpr
    | op=('not' | '-' | '+') expr                               # unaryExpr
    | op=('round' | 'indicator') '(' expr ')'                   # builtinUnaryExpr
    | left=expr op='^' right=expr                               # binaryExpr
    | left=expr op=('*' | '/') right=expr                       # binaryExpr
    | left=expr op='%' right=expr                               # binaryExpr
    | left=expr op=('+' | '-') right=expr                       # binaryExpr
    | left=expr op=('==' | '!=' | '<=' | '>=' | '>' | '<') right=expr   # binaryExpr
    | SELECT_OPEN key=expr ',' query=expr ',' selop=('==' | '!=' | '<' | '>' | '<=' | '>=') ')'  # selectExpr
    | left=expr op=('and' | 'or') right=expr                   # binaryExpr
    | then=expr 'if' cond=expr 'else' otherwise=expr            # ternaryExpr
    | ID                                                        # varExpr
    | atom                                                      # atomExpr
    | '[' exprList? ']'                                         # listExpr
    | '{' namedExprList? '}'                                    # dictExpr
    | AGGREGATE_OPEN sel=expr ',' sop=expr (',' dflt=expr)? ')' # aggregateExpr
    | RANGE_OPEN exprList ')'                                   # rangeExpr
    | '[' value=expr 'for' idList 'in' iterable=expr ']'        # listCompExpr
    | '{' key=expr ':' value=expr 'for' idList 'in' iterable=expr '}'   # dictCompExpr
    | item=expr 'in' container=expr                             # containsExpr
    | ZIP_OPEN exprList ')'                                     # zipExpr
    | LEN_OPEN expr ')'                                         # lenExpr
    ;

atom
    : PosInt    # intAtom
    | Float     # floatAtom
    | String    # stringAtom
    ;

// `select(`, `aggregate(`, ... are single tokens as in the original, so that `select` alone
// stays an ordinary identifier; unlike the original we allow blanks before the parenthesis.
SELECT_OPEN    : 'select' [ \t]* '(' ;
AGGREGATE_OPEN : 'aggregate' [ \t]* '(' ;
RANGE_OPEN     : 'range' [ \t]* '(' ;
ZIP_OPEN       : 'zip' [ \t]* '(' ;
LEN_OPEN       : 'len' [ \t]* '(' ;
FULL_SEQ_DISPLAY : 'full' [ \t]+ 'seq' [ \t]+ 'display' ;

Float   : PosInt '.' PosInt ;
PosInt  : [0-9]+ ;
String  : '"' ~["\r\n]* '"' ;
Comment : '#' ~[\r\n]* -> skip ;
ID      : [a-zA-Z_] [a-zA-Z_0-9]* ;
WS      : [ \t\r\n]+ -> skip ;
// Anything else is a single bad character; the parser reports it with its position.
BadChar : . ;
