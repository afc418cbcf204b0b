package interp

// This file implements the _bz2 module (CPython's Modules/_bz2module.c)
// over internal/bz2: BZ2Compressor, whose output equals libbzip2's, and
// BZ2Decompressor with eof, unused_data and needs_input, which bz2.py's
// compress/decompress/open and BZ2File are built on.

import (
	"sync"

	"github.com/pyjit/pyjit/internal/bz2"
)

var (
	bz2CompressorType   = Type{Name: "BZ2Compressor"}
	bz2DecompressorType = Type{Name: "BZ2Decompressor"}
	bz2Once             sync.Once
)

func init() {
	builtinModules["_bz2"] = makeBZ2Module
	delete(cModules, "_bz2")
}

type bz2Compressor struct {
	Object
	w       *bz2.Writer
	flushed bool
}

// bz2Decompressor holds the decoder and the decoded bytes not yet
// returned (a max_length call leaves some behind).
type bz2Decompressor struct {
	Object
	r       *bz2.Reader
	pending []byte
}

func setupBZ2Types() {
	initBuiltinType(&bz2CompressorType, "Create a compressor object for compressing data incrementally.\n\n  compresslevel\n    Compression level, as a number between 1 and 9.\n\nFor one-shot compression, use the compress() function instead.")
	bz2CompressorType.Module = "_bz2"
	bz2CompressorType.Flags |= FlagBaseType
	bz2CompressorType.Slots.New = bz2CompressorNew
	addMethod(&bz2CompressorType, "compress", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("compress", args, kw, 1); err != nil {
			return Value{}, err
		}
		c := objectAs[bz2Compressor](self.ref)
		data, err := dataBufferArg(args[0])
		if err != nil {
			return Value{}, err
		}
		if c.flushed {
			return Value{}, NewError(&ValueErrorType, "Compressor has been flushed")
		}
		c.w.Write(data)
		return BytesValue(c.w.Take()), nil
	})
	addMethod(&bz2CompressorType, "flush", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("flush", args, kw, 0); err != nil {
			return Value{}, err
		}
		c := objectAs[bz2Compressor](self.ref)
		if c.flushed {
			return Value{}, NewError(&ValueErrorType, "Repeated call to flush()")
		}
		c.flushed = true
		c.w.Flush()
		return BytesValue(c.w.Take()), nil
	})

	initBuiltinType(&bz2DecompressorType, "Create a decompressor object for decompressing data incrementally.\n\nFor one-shot decompression, use the decompress() function instead.")
	bz2DecompressorType.Module = "_bz2"
	bz2DecompressorType.Flags |= FlagBaseType
	bz2DecompressorType.Slots.New = func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
		if len(args) > len(kwnames) {
			return Value{}, NewError(&TypeErrorType, "BZ2Decompressor() takes no positional arguments")
		}
		if len(kwnames) > 0 {
			return Value{}, NewError(&TypeErrorType, "BZ2Decompressor() takes no keyword arguments")
		}
		d := &bz2Decompressor{Object: Object{typ: typ}, r: &bz2.Reader{}}
		return FromObject(&d.Object), nil
	}
	addMethod(&bz2DecompressorType, "decompress", bz2Decompress)
	addGetSet(&bz2DecompressorType, "eof", func(t *Thread, v Value) (Value, error) {
		return Bool(objectAs[bz2Decompressor](v.ref).eof()), nil
	}, nil)
	addGetSet(&bz2DecompressorType, "unused_data", func(t *Thread, v Value) (Value, error) {
		d := objectAs[bz2Decompressor](v.ref)
		if !d.eof() {
			return BytesValue(nil), nil
		}
		return BytesValue(append([]byte(nil), d.r.Unused()...)), nil
	}, nil)
	addGetSet(&bz2DecompressorType, "needs_input", func(t *Thread, v Value) (Value, error) {
		d := objectAs[bz2Decompressor](v.ref)
		return Bool(!d.r.EOF() && len(d.pending) == 0), nil
	}, nil)
	for _, tp := range []*Type{&bz2CompressorType, &bz2DecompressorType} {
		addSlotWrappers(tp)
		inheritSlots(tp)
	}
}

func bz2CompressorNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "BZ2Compressor() takes no keyword arguments")
	}
	if err := rangeArgs("BZ2Compressor", args, kwnames, 0, 1); err != nil {
		return Value{}, err
	}
	level := int64(9)
	if len(args) == 1 {
		var err error
		if level, err = longArg(t, args[0]); err != nil {
			return Value{}, err
		}
	}
	if level < 1 || level > 9 {
		return Value{}, NewError(&ValueErrorType, "compresslevel must be between 1 and 9")
	}
	c := &bz2Compressor{Object: Object{typ: typ}, w: bz2.NewWriter(int(level))}
	return FromObject(&c.Object), nil
}

// eof is true once the end of the stream was decoded and all its data
// returned.
func (d *bz2Decompressor) eof() bool { return d.r.EOF() && len(d.pending) == 0 }

func bz2Decompress(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("decompress", args, kw, []string{"data", "max_length"}, 1, 2)
	if err != nil {
		return Value{}, err
	}
	d := objectAs[bz2Decompressor](self.ref)
	data, err := dataBufferArg(a[0])
	if err != nil {
		return Value{}, err
	}
	maxLen := int64(-1)
	if !a[1].IsNull() {
		if maxLen, err = longArg(t, a[1]); err != nil {
			return Value{}, err
		}
	}
	if d.eof() {
		return Value{}, NewError(&EOFErrorType, "End of stream already reached")
	}
	if d.r.EOF() {
		// The stream has ended; more input belongs to unused_data.
		d.r.Feed(data)
	} else {
		d.r.Feed(data)
		if d.pending, err = d.r.Decode(d.pending); err != nil {
			return Value{}, NewError(&OSErrorType, "Invalid data stream")
		}
	}
	n := int64(len(d.pending))
	if maxLen >= 0 && maxLen < n {
		n = maxLen
	}
	out := append([]byte(nil), d.pending[:n]...)
	d.pending = d.pending[n:]
	if len(d.pending) == 0 {
		d.pending = nil
	}
	return BytesValue(out), nil
}

func makeBZ2Module(in *Interpreter) *Module {
	bz2Once.Do(setupBZ2Types)
	m := NewModule("_bz2")
	m.Dict.setStrNoErr(Intern("BZ2Compressor"), TypeValue(&bz2CompressorType))
	m.Dict.setStrNoErr(Intern("BZ2Decompressor"), TypeValue(&bz2DecompressorType))
	return m
}
