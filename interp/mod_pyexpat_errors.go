package interp

// Code generated from /usr/bin/python3.11 (pyexpat.errors, expat 2.5.0); DO NOT EDIT.

// expatErrors are pyexpat.errors' constants: name, code and message.
var expatErrors = []struct {
	name    string
	code    int
	message string
}{
	{"XML_ERROR_NO_MEMORY", 1, "out of memory"},
	{"XML_ERROR_SYNTAX", 2, "syntax error"},
	{"XML_ERROR_NO_ELEMENTS", 3, "no element found"},
	{"XML_ERROR_INVALID_TOKEN", 4, "not well-formed (invalid token)"},
	{"XML_ERROR_UNCLOSED_TOKEN", 5, "unclosed token"},
	{"XML_ERROR_PARTIAL_CHAR", 6, "partial character"},
	{"XML_ERROR_TAG_MISMATCH", 7, "mismatched tag"},
	{"XML_ERROR_DUPLICATE_ATTRIBUTE", 8, "duplicate attribute"},
	{"XML_ERROR_JUNK_AFTER_DOC_ELEMENT", 9, "junk after document element"},
	{"XML_ERROR_PARAM_ENTITY_REF", 10, "illegal parameter entity reference"},
	{"XML_ERROR_UNDEFINED_ENTITY", 11, "undefined entity"},
	{"XML_ERROR_RECURSIVE_ENTITY_REF", 12, "recursive entity reference"},
	{"XML_ERROR_ASYNC_ENTITY", 13, "asynchronous entity"},
	{"XML_ERROR_BAD_CHAR_REF", 14, "reference to invalid character number"},
	{"XML_ERROR_BINARY_ENTITY_REF", 15, "reference to binary entity"},
	{"XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF", 16, "reference to external entity in attribute"},
	{"XML_ERROR_MISPLACED_XML_PI", 17, "XML or text declaration not at start of entity"},
	{"XML_ERROR_UNKNOWN_ENCODING", 18, "unknown encoding"},
	{"XML_ERROR_INCORRECT_ENCODING", 19, "encoding specified in XML declaration is incorrect"},
	{"XML_ERROR_UNCLOSED_CDATA_SECTION", 20, "unclosed CDATA section"},
	{"XML_ERROR_EXTERNAL_ENTITY_HANDLING", 21, "error in processing external entity reference"},
	{"XML_ERROR_NOT_STANDALONE", 22, "document is not standalone"},
	{"XML_ERROR_UNEXPECTED_STATE", 23, "unexpected parser state - please send a bug report"},
	{"XML_ERROR_ENTITY_DECLARED_IN_PE", 24, "entity declared in parameter entity"},
	{"XML_ERROR_FEATURE_REQUIRES_XML_DTD", 25, "requested feature requires XML_DTD support in Expat"},
	{"XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING", 26, "cannot change setting once parsing has begun"},
	{"XML_ERROR_UNBOUND_PREFIX", 27, "unbound prefix"},
	{"XML_ERROR_UNDECLARING_PREFIX", 28, "must not undeclare prefix"},
	{"XML_ERROR_INCOMPLETE_PE", 29, "incomplete markup in parameter entity"},
	{"XML_ERROR_XML_DECL", 30, "XML declaration not well-formed"},
	{"XML_ERROR_TEXT_DECL", 31, "text declaration not well-formed"},
	{"XML_ERROR_PUBLICID", 32, "illegal character(s) in public id"},
	{"XML_ERROR_SUSPENDED", 33, "parser suspended"},
	{"XML_ERROR_NOT_SUSPENDED", 34, "parser not suspended"},
	{"XML_ERROR_ABORTED", 35, "parsing aborted"},
	{"XML_ERROR_FINISHED", 36, "parsing finished"},
	{"XML_ERROR_SUSPEND_PE", 37, "cannot suspend in external parameter entity"},
	{"XML_ERROR_RESERVED_PREFIX_XML", 38, "reserved prefix (xml) must not be undeclared or bound to another namespace name"},
	{"XML_ERROR_RESERVED_PREFIX_XMLNS", 39, "reserved prefix (xmlns) must not be declared or undeclared"},
	{"XML_ERROR_RESERVED_NAMESPACE_URI", 40, "prefix must not be bound to one of the reserved namespace names"},
	{"XML_ERROR_INVALID_ARGUMENT", 41, "invalid argument"},
	{"XML_ERROR_NO_BUFFER", 42, "a successful prior call to function XML_GetBuffer is required"},
	{"XML_ERROR_AMPLIFICATION_LIMIT_BREACH", 43, "limit on input amplification factor (from DTD and entities) breached"},
}
