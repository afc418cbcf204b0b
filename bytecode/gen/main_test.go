package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/pyjit/pyjit/bytecode/opdef"
)

func TestGeneratedIsCurrent(t *testing.T) {
	code, doc, err := Generate(opdef.Table)
	if err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string][]byte{"../opcode_gen.go": code, "../OPCODES.md": doc} {
		got, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run `go generate ./bytecode`", file)
		}
	}
}

func TestBadPictures(t *testing.T) {
	for _, pic := range []string{"a b", "a[ -- b", "[n] -- x"} {
		if _, _, err := Generate([]opdef.Op{{Name: "X", Stack: pic}}); err == nil {
			t.Errorf("picture %q accepted", pic)
		}
	}
	if _, _, err := Generate([]opdef.Op{{Name: "X", Stack: "--"}, {Name: "X", Stack: "--"}}); err == nil {
		t.Error("duplicate opcode accepted")
	}
}
