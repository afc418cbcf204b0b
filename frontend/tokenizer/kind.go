package tokenizer

// Kind is a token type. The numbering and names are those of CPython 3.11's
// Lib/token.py, so that token dumps and error messages match CPython.
type Kind uint8

// Token kinds, numbered exactly as in CPython 3.11's Lib/token.py.
const (
	ENDMARKER Kind = iota
	NAME
	NUMBER
	STRING
	NEWLINE
	INDENT
	DEDENT
	LPAR
	RPAR
	LSQB
	RSQB
	COLON
	COMMA
	SEMI
	PLUS
	MINUS
	STAR
	SLASH
	VBAR
	AMPER
	LESS
	GREATER
	EQUAL
	DOT
	PERCENT
	LBRACE
	RBRACE
	EQEQUAL
	NOTEQUAL
	LESSEQUAL
	GREATEREQUAL
	TILDE
	CIRCUMFLEX
	LEFTSHIFT
	RIGHTSHIFT
	DOUBLESTAR
	PLUSEQUAL
	MINEQUAL
	STAREQUAL
	SLASHEQUAL
	PERCENTEQUAL
	AMPEREQUAL
	VBAREQUAL
	CIRCUMFLEXEQUAL
	LEFTSHIFTEQUAL
	RIGHTSHIFTEQUAL
	DOUBLESTAREQUAL
	DOUBLESLASH
	DOUBLESLASHEQUAL
	AT
	ATEQUAL
	RARROW
	ELLIPSIS
	COLONEQUAL
	OP
	AWAIT
	ASYNC
	TYPE_IGNORE
	TYPE_COMMENT
	SOFT_KEYWORD
	ERRORTOKEN
	COMMENT
	NL
	ENCODING
	N_TOKENS
)

// kindNames holds the CPython name of every kind, indexed by kind.
var kindNames = [...]string{
	ENDMARKER:        "ENDMARKER",
	NAME:             "NAME",
	NUMBER:           "NUMBER",
	STRING:           "STRING",
	NEWLINE:          "NEWLINE",
	INDENT:           "INDENT",
	DEDENT:           "DEDENT",
	LPAR:             "LPAR",
	RPAR:             "RPAR",
	LSQB:             "LSQB",
	RSQB:             "RSQB",
	COLON:            "COLON",
	COMMA:            "COMMA",
	SEMI:             "SEMI",
	PLUS:             "PLUS",
	MINUS:            "MINUS",
	STAR:             "STAR",
	SLASH:            "SLASH",
	VBAR:             "VBAR",
	AMPER:            "AMPER",
	LESS:             "LESS",
	GREATER:          "GREATER",
	EQUAL:            "EQUAL",
	DOT:              "DOT",
	PERCENT:          "PERCENT",
	LBRACE:           "LBRACE",
	RBRACE:           "RBRACE",
	EQEQUAL:          "EQEQUAL",
	NOTEQUAL:         "NOTEQUAL",
	LESSEQUAL:        "LESSEQUAL",
	GREATEREQUAL:     "GREATEREQUAL",
	TILDE:            "TILDE",
	CIRCUMFLEX:       "CIRCUMFLEX",
	LEFTSHIFT:        "LEFTSHIFT",
	RIGHTSHIFT:       "RIGHTSHIFT",
	DOUBLESTAR:       "DOUBLESTAR",
	PLUSEQUAL:        "PLUSEQUAL",
	MINEQUAL:         "MINEQUAL",
	STAREQUAL:        "STAREQUAL",
	SLASHEQUAL:       "SLASHEQUAL",
	PERCENTEQUAL:     "PERCENTEQUAL",
	AMPEREQUAL:       "AMPEREQUAL",
	VBAREQUAL:        "VBAREQUAL",
	CIRCUMFLEXEQUAL:  "CIRCUMFLEXEQUAL",
	LEFTSHIFTEQUAL:   "LEFTSHIFTEQUAL",
	RIGHTSHIFTEQUAL:  "RIGHTSHIFTEQUAL",
	DOUBLESTAREQUAL:  "DOUBLESTAREQUAL",
	DOUBLESLASH:      "DOUBLESLASH",
	DOUBLESLASHEQUAL: "DOUBLESLASHEQUAL",
	AT:               "AT",
	ATEQUAL:          "ATEQUAL",
	RARROW:           "RARROW",
	ELLIPSIS:         "ELLIPSIS",
	COLONEQUAL:       "COLONEQUAL",
	OP:               "OP",
	AWAIT:            "AWAIT",
	ASYNC:            "ASYNC",
	TYPE_IGNORE:      "TYPE_IGNORE",
	TYPE_COMMENT:     "TYPE_COMMENT",
	SOFT_KEYWORD:     "SOFT_KEYWORD",
	ERRORTOKEN:       "ERRORTOKEN",
	COMMENT:          "COMMENT",
	NL:               "NL",
	ENCODING:         "ENCODING",
	N_TOKENS:         "N_TOKENS",
}

// String returns the CPython name of k ("NAME", "LPAR", ...).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "NT_OFFSET"
}

// exactOps maps every operator text to its exact kind, as
// token.EXACT_TOKEN_TYPES does.
var exactOps = map[string]Kind{
	"(":   LPAR,
	")":   RPAR,
	"[":   LSQB,
	"]":   RSQB,
	":":   COLON,
	",":   COMMA,
	";":   SEMI,
	"+":   PLUS,
	"-":   MINUS,
	"*":   STAR,
	"/":   SLASH,
	"|":   VBAR,
	"&":   AMPER,
	"<":   LESS,
	">":   GREATER,
	"=":   EQUAL,
	".":   DOT,
	"%":   PERCENT,
	"{":   LBRACE,
	"}":   RBRACE,
	"==":  EQEQUAL,
	"!=":  NOTEQUAL,
	"<=":  LESSEQUAL,
	">=":  GREATEREQUAL,
	"~":   TILDE,
	"^":   CIRCUMFLEX,
	"<<":  LEFTSHIFT,
	">>":  RIGHTSHIFT,
	"**":  DOUBLESTAR,
	"+=":  PLUSEQUAL,
	"-=":  MINEQUAL,
	"*=":  STAREQUAL,
	"/=":  SLASHEQUAL,
	"%=":  PERCENTEQUAL,
	"&=":  AMPEREQUAL,
	"|=":  VBAREQUAL,
	"^=":  CIRCUMFLEXEQUAL,
	"<<=": LEFTSHIFTEQUAL,
	">>=": RIGHTSHIFTEQUAL,
	"**=": DOUBLESTAREQUAL,
	"//":  DOUBLESLASH,
	"//=": DOUBLESLASHEQUAL,
	"@":   AT,
	"@=":  ATEQUAL,
	"->":  RARROW,
	"...": ELLIPSIS,
	":=":  COLONEQUAL,
}
