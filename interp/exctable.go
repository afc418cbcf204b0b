package interp

// This file is the table of the builtin exception hierarchy (names, bases
// and docstrings as in CPython 3.11). Generated once from python3.11's
// builtins; TestExceptionTable checks it against the oracle.

// The builtin exception types.
var (
	BaseExceptionType             = Type{Name: "BaseException"}
	BaseExceptionGroupType        = Type{Name: "BaseExceptionGroup"}
	ExceptionGroupType            = Type{Name: "ExceptionGroup"}
	ExceptionType                 = Type{Name: "Exception"}
	ArithmeticErrorType           = Type{Name: "ArithmeticError"}
	FloatingPointErrorType        = Type{Name: "FloatingPointError"}
	OverflowErrorType             = Type{Name: "OverflowError"}
	ZeroDivisionErrorType         = Type{Name: "ZeroDivisionError"}
	AssertionErrorType            = Type{Name: "AssertionError"}
	AttributeErrorType            = Type{Name: "AttributeError"}
	BufferErrorType               = Type{Name: "BufferError"}
	EOFErrorType                  = Type{Name: "EOFError"}
	ImportErrorType               = Type{Name: "ImportError"}
	ModuleNotFoundErrorType       = Type{Name: "ModuleNotFoundError"}
	LookupErrorType               = Type{Name: "LookupError"}
	IndexErrorType                = Type{Name: "IndexError"}
	KeyErrorType                  = Type{Name: "KeyError"}
	MemoryErrorType               = Type{Name: "MemoryError"}
	NameErrorType                 = Type{Name: "NameError"}
	UnboundLocalErrorType         = Type{Name: "UnboundLocalError"}
	OSErrorType                   = Type{Name: "OSError"}
	BlockingIOErrorType           = Type{Name: "BlockingIOError"}
	ChildProcessErrorType         = Type{Name: "ChildProcessError"}
	ConnectionErrorType           = Type{Name: "ConnectionError"}
	BrokenPipeErrorType           = Type{Name: "BrokenPipeError"}
	ConnectionAbortedErrorType    = Type{Name: "ConnectionAbortedError"}
	ConnectionRefusedErrorType    = Type{Name: "ConnectionRefusedError"}
	ConnectionResetErrorType      = Type{Name: "ConnectionResetError"}
	FileExistsErrorType           = Type{Name: "FileExistsError"}
	FileNotFoundErrorType         = Type{Name: "FileNotFoundError"}
	InterruptedErrorType          = Type{Name: "InterruptedError"}
	IsADirectoryErrorType         = Type{Name: "IsADirectoryError"}
	NotADirectoryErrorType        = Type{Name: "NotADirectoryError"}
	PermissionErrorType           = Type{Name: "PermissionError"}
	ProcessLookupErrorType        = Type{Name: "ProcessLookupError"}
	TimeoutErrorType              = Type{Name: "TimeoutError"}
	ReferenceErrorType            = Type{Name: "ReferenceError"}
	RuntimeErrorType              = Type{Name: "RuntimeError"}
	NotImplementedErrorType       = Type{Name: "NotImplementedError"}
	RecursionErrorType            = Type{Name: "RecursionError"}
	StopAsyncIterationType        = Type{Name: "StopAsyncIteration"}
	StopIterationType             = Type{Name: "StopIteration"}
	SyntaxErrorType               = Type{Name: "SyntaxError"}
	IndentationErrorType          = Type{Name: "IndentationError"}
	TabErrorType                  = Type{Name: "TabError"}
	SystemErrorType               = Type{Name: "SystemError"}
	TypeErrorType                 = Type{Name: "TypeError"}
	ValueErrorType                = Type{Name: "ValueError"}
	UnicodeErrorType              = Type{Name: "UnicodeError"}
	UnicodeDecodeErrorType        = Type{Name: "UnicodeDecodeError"}
	UnicodeEncodeErrorType        = Type{Name: "UnicodeEncodeError"}
	UnicodeTranslateErrorType     = Type{Name: "UnicodeTranslateError"}
	WarningType                   = Type{Name: "Warning"}
	BytesWarningType              = Type{Name: "BytesWarning"}
	DeprecationWarningType        = Type{Name: "DeprecationWarning"}
	EncodingWarningType           = Type{Name: "EncodingWarning"}
	FutureWarningType             = Type{Name: "FutureWarning"}
	ImportWarningType             = Type{Name: "ImportWarning"}
	PendingDeprecationWarningType = Type{Name: "PendingDeprecationWarning"}
	ResourceWarningType           = Type{Name: "ResourceWarning"}
	RuntimeWarningType            = Type{Name: "RuntimeWarning"}
	SyntaxWarningType             = Type{Name: "SyntaxWarning"}
	UnicodeWarningType            = Type{Name: "UnicodeWarning"}
	UserWarningType               = Type{Name: "UserWarning"}
	GeneratorExitType             = Type{Name: "GeneratorExit"}
	KeyboardInterruptType         = Type{Name: "KeyboardInterrupt"}
	SystemExitType                = Type{Name: "SystemExit"}
)

// exceptionTable lists every builtin exception type, each after its
// bases, with its first base and __doc__ (nil doc: None).
var exceptionTable = []struct {
	typ  *Type
	base *Type
	doc  string
}{
	{&BaseExceptionType, nil, "Common base class for all exceptions"},
	{&BaseExceptionGroupType, &BaseExceptionType, "A combination of multiple unrelated exceptions."},
	{&ExceptionGroupType, &BaseExceptionGroupType, ""},
	{&ExceptionType, &BaseExceptionType, "Common base class for all non-exit exceptions."},
	{&ArithmeticErrorType, &ExceptionType, "Base class for arithmetic errors."},
	{&FloatingPointErrorType, &ArithmeticErrorType, "Floating point operation failed."},
	{&OverflowErrorType, &ArithmeticErrorType, "Result too large to be represented."},
	{&ZeroDivisionErrorType, &ArithmeticErrorType, "Second argument to a division or modulo operation was zero."},
	{&AssertionErrorType, &ExceptionType, "Assertion failed."},
	{&AttributeErrorType, &ExceptionType, "Attribute not found."},
	{&BufferErrorType, &ExceptionType, "Buffer error."},
	{&EOFErrorType, &ExceptionType, "Read beyond end of file."},
	{&ImportErrorType, &ExceptionType, "Import can't find module, or can't find name in module."},
	{&ModuleNotFoundErrorType, &ImportErrorType, "Module not found."},
	{&LookupErrorType, &ExceptionType, "Base class for lookup errors."},
	{&IndexErrorType, &LookupErrorType, "Sequence index out of range."},
	{&KeyErrorType, &LookupErrorType, "Mapping key not found."},
	{&MemoryErrorType, &ExceptionType, "Out of memory."},
	{&NameErrorType, &ExceptionType, "Name not found globally."},
	{&UnboundLocalErrorType, &NameErrorType, "Local name referenced but not bound to a value."},
	{&OSErrorType, &ExceptionType, "Base class for I/O related errors."},
	{&BlockingIOErrorType, &OSErrorType, "I/O operation would block."},
	{&ChildProcessErrorType, &OSErrorType, "Child process error."},
	{&ConnectionErrorType, &OSErrorType, "Connection error."},
	{&BrokenPipeErrorType, &ConnectionErrorType, "Broken pipe."},
	{&ConnectionAbortedErrorType, &ConnectionErrorType, "Connection aborted."},
	{&ConnectionRefusedErrorType, &ConnectionErrorType, "Connection refused."},
	{&ConnectionResetErrorType, &ConnectionErrorType, "Connection reset."},
	{&FileExistsErrorType, &OSErrorType, "File already exists."},
	{&FileNotFoundErrorType, &OSErrorType, "File not found."},
	{&InterruptedErrorType, &OSErrorType, "Interrupted by signal."},
	{&IsADirectoryErrorType, &OSErrorType, "Operation doesn't work on directories."},
	{&NotADirectoryErrorType, &OSErrorType, "Operation only works on directories."},
	{&PermissionErrorType, &OSErrorType, "Not enough permissions."},
	{&ProcessLookupErrorType, &OSErrorType, "Process not found."},
	{&TimeoutErrorType, &OSErrorType, "Timeout expired."},
	{&ReferenceErrorType, &ExceptionType, "Weak ref proxy used after referent went away."},
	{&RuntimeErrorType, &ExceptionType, "Unspecified run-time error."},
	{&NotImplementedErrorType, &RuntimeErrorType, "Method or function hasn't been implemented yet."},
	{&RecursionErrorType, &RuntimeErrorType, "Recursion limit exceeded."},
	{&StopAsyncIterationType, &ExceptionType, "Signal the end from iterator.__anext__()."},
	{&StopIterationType, &ExceptionType, "Signal the end from iterator.__next__()."},
	{&SyntaxErrorType, &ExceptionType, "Invalid syntax."},
	{&IndentationErrorType, &SyntaxErrorType, "Improper indentation."},
	{&TabErrorType, &IndentationErrorType, "Improper mixture of spaces and tabs."},
	{&SystemErrorType, &ExceptionType, "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version."},
	{&TypeErrorType, &ExceptionType, "Inappropriate argument type."},
	{&ValueErrorType, &ExceptionType, "Inappropriate argument value (of correct type)."},
	{&UnicodeErrorType, &ValueErrorType, "Unicode related error."},
	{&UnicodeDecodeErrorType, &UnicodeErrorType, "Unicode decoding error."},
	{&UnicodeEncodeErrorType, &UnicodeErrorType, "Unicode encoding error."},
	{&UnicodeTranslateErrorType, &UnicodeErrorType, "Unicode translation error."},
	{&WarningType, &ExceptionType, "Base class for warning categories."},
	{&BytesWarningType, &WarningType, "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str."},
	{&DeprecationWarningType, &WarningType, "Base class for warnings about deprecated features."},
	{&EncodingWarningType, &WarningType, "Base class for warnings about encodings."},
	{&FutureWarningType, &WarningType, "Base class for warnings about constructs that will change semantically\nin the future."},
	{&ImportWarningType, &WarningType, "Base class for warnings about probable mistakes in module imports"},
	{&PendingDeprecationWarningType, &WarningType, "Base class for warnings about features which will be deprecated\nin the future."},
	{&ResourceWarningType, &WarningType, "Base class for warnings about resource usage."},
	{&RuntimeWarningType, &WarningType, "Base class for warnings about dubious runtime behavior."},
	{&SyntaxWarningType, &WarningType, "Base class for warnings about dubious syntax."},
	{&UnicodeWarningType, &WarningType, "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems."},
	{&UserWarningType, &WarningType, "Base class for warnings generated by user code."},
	{&GeneratorExitType, &BaseExceptionType, "Request that a generator exit."},
	{&KeyboardInterruptType, &BaseExceptionType, "Program interrupted by user."},
	{&SystemExitType, &BaseExceptionType, "Request to exit from the interpreter."},
}
