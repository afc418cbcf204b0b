package main

// This file reads the prompt's lines from stdin when it is not a terminal
// (or stdout is not): the prompt goes to stderr and the line is read a
// byte at a time, so that nothing typed for the program (input(),
// sys.stdin) is taken, as CPython's PyOS_StdioReadline does.

import (
	"io"
	"os"
)

type plainReader struct {
	stdin  *os.File
	stderr io.Writer
	eof    bool
}

func newPlainReader(stdin *os.File, stderr io.Writer) *plainReader {
	return &plainReader{stdin: stdin, stderr: stderr}
}

func (r *plainReader) readLine(prompt string) (string, error) {
	io.WriteString(r.stderr, prompt)
	if r.eof {
		io.WriteString(r.stderr, "\n")
		return "", io.EOF
	}
	var line []byte
	var b [1]byte
	for {
		n, err := r.stdin.Read(b[:])
		if n == 1 {
			if b[0] == '\n' {
				return string(line), nil
			}
			line = append(line, b[0])
			continue
		}
		if err != nil {
			if len(line) > 0 {
				r.eof = true
				return string(line), nil
			}
			io.WriteString(r.stderr, "\n")
			return "", io.EOF
		}
	}
}

func (r *plainReader) close() {}
