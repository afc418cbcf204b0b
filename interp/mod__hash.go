package interp

// This file implements CPython's builtin hash modules _md5, _sha1,
// _sha256, _sha512 and _sha3 over Go's crypto packages, which is what
// hashlib falls back to without OpenSSL's _hashlib. _blake2 is in
// mod__hash_blake2.go.

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding"
	"encoding/hex"
	"hash"
	"sync"
)

// builtinHashState is what a hash object needs from its algorithm: Go's
// hash.Hash (whose state marshals, for copy()) or a SHAKE.
type builtinHashState interface {
	Write(p []byte) (int, error)
	encoding.BinaryMarshaler
	encoding.BinaryUnmarshaler
}

// builtinHashAlgo describes one hash type.
type builtinHashAlgo struct {
	typ        *Type
	name       string
	module     string
	digestSize int
	blockSize  int
	newState   func() builtinHashState
	shake      bool
	// sha3 marks the _sha3 types (positional-only data; the Keccak
	// attributes).
	sha3     bool
	b2       bool
	capacity int
	rate     int
}

// builtinHashObj is a hash object of one of the builtin hash types.
type builtinHashObj struct {
	Object
	algo  *builtinHashAlgo
	state builtinHashState
	// b2 is the state of a blake2b/blake2s object (state is nil then).
	b2 *blake2State
}

var hashOnce sync.Once

var builtinHashAlgos = map[string]*builtinHashAlgo{}

func init() {
	for _, m := range []string{"_md5", "_sha1", "_sha256", "_sha512", "_sha3", "_blake2"} {
		builtinModules[m] = func(in *Interpreter) *Module { return makeHashModule(m) }
		delete(cModules, m)
	}
}

func newBuiltinHashAlgo(module, name string, digest, block int, f func() builtinHashState) *builtinHashAlgo {
	a := &builtinHashAlgo{typ: &Type{Name: name}, name: name, module: module, digestSize: digest, blockSize: block, newState: f}
	builtinHashAlgos[name] = a
	return a
}

func goHashState(f func() hash.Hash) func() builtinHashState {
	return func() builtinHashState { return f().(builtinHashState) }
}

func setupHashTypes() {
	newBuiltinHashAlgo("_md5", "md5", 16, 64, goHashState(md5.New))
	newBuiltinHashAlgo("_sha1", "sha1", 20, 64, goHashState(sha1.New))
	newBuiltinHashAlgo("_sha256", "sha224", 28, 64, goHashState(sha256.New224))
	newBuiltinHashAlgo("_sha256", "sha256", 32, 64, goHashState(sha256.New))
	newBuiltinHashAlgo("_sha512", "sha384", 48, 128, goHashState(sha512.New384))
	newBuiltinHashAlgo("_sha512", "sha512", 64, 128, goHashState(sha512.New))
	for _, s := range []struct {
		name   string
		digest int
		f      func() *sha3.SHA3
	}{{"sha3_224", 28, sha3.New224}, {"sha3_256", 32, sha3.New256}, {"sha3_384", 48, sha3.New384}, {"sha3_512", 64, sha3.New512}} {
		f := s.f
		a := newBuiltinHashAlgo("_sha3", s.name, s.digest, 200-2*s.digest, func() builtinHashState { return f() })
		a.sha3, a.capacity, a.rate = true, 2*8*s.digest, 8*(200-2*s.digest)
	}
	for _, s := range []struct {
		name string
		bits int
		f    func() *sha3.SHAKE
	}{{"shake_128", 128, sha3.NewSHAKE128}, {"shake_256", 256, sha3.NewSHAKE256}} {
		f := s.f
		a := newBuiltinHashAlgo("_sha3", s.name, 0, 200-s.bits/4, func() builtinHashState { return f() })
		a.sha3, a.shake, a.capacity, a.rate = true, true, s.bits*2, 1600-s.bits*2
	}
	setupBlake2Algos()
	for _, a := range builtinHashAlgos {
		setupHashType(a)
	}
}

func setupHashType(a *builtinHashAlgo) {
	tp := a.typ
	initBuiltinType(tp, "")
	tp.Module = a.module
	if a.sha3 || a.b2 {
		// _sha3 and _blake2 export the types themselves as constructors.
		tp.Slots.New = func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
			return newHashFromArgs(t, a, args, kwnames)
		}
	}
	addGetSet(tp, "name", func(t *Thread, v Value) (Value, error) { return StrValue(a.name), nil }, nil)
	addGetSet(tp, "digest_size", func(t *Thread, v Value) (Value, error) {
		h := objectAs[builtinHashObj](v.ref)
		if h.b2 != nil {
			return Int(int64(h.b2.outLen)), nil
		}
		return Int(int64(a.digestSize)), nil
	}, nil)
	addGetSet(tp, "block_size", func(t *Thread, v Value) (Value, error) { return Int(int64(a.blockSize)), nil }, nil)
	if a.sha3 {
		addGetSet(tp, "_capacity_bits", func(t *Thread, v Value) (Value, error) { return Int(int64(a.capacity)), nil }, nil)
		addGetSet(tp, "_rate_bits", func(t *Thread, v Value) (Value, error) { return Int(int64(a.rate)), nil }, nil)
		suffix := byte(0x06)
		if a.shake {
			suffix = 0x1f
		}
		addGetSet(tp, "_suffix", func(t *Thread, v Value) (Value, error) { return BytesValue([]byte{suffix}), nil }, nil)
	}
	addMethod(tp, "update", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs(a.name+".update", args, kw, 1); err != nil {
			return Value{}, err
		}
		b, err := builtinHashDataArg(args[0])
		if err != nil {
			return Value{}, err
		}
		objectAs[builtinHashObj](self.ref).write(b)
		return None, nil
	})
	addMethod(tp, "copy", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs(a.name+".copy", args, kw, 0); err != nil {
			return Value{}, err
		}
		c, err := objectAs[builtinHashObj](self.ref).clone()
		if err != nil {
			return Value{}, err
		}
		return FromObject(&c.Object), nil
	})
	digest := func(name string, f func([]byte) Value) {
		addMethod(tp, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			h := objectAs[builtinHashObj](self.ref)
			if !a.shake {
				if err := exactArgs(a.name+"."+name, args, kw, 0); err != nil {
					return Value{}, err
				}
				b, err := h.sum(0)
				if err != nil {
					return Value{}, err
				}
				return f(b), nil
			}
			if err := exactArgs(a.name+"."+name, args, kw, 1); err != nil {
				return Value{}, err
			}
			iv, err := indexValue(t, args[0], "")
			if err != nil {
				return Value{}, err
			}
			n, ok := smallInt(iv)
			if !ok || n >= 1<<29 {
				if ok || toBig(iv).Sign() > 0 {
					return Value{}, NewError(&ValueErrorType, "length is too large")
				}
				return Value{}, NewError(&ValueErrorType, "value must be positive")
			}
			if n < 0 {
				return Value{}, NewError(&ValueErrorType, "value must be positive")
			}
			b, err := h.sum(int(n))
			if err != nil {
				return Value{}, err
			}
			return f(b), nil
		})
	}
	digest("digest", func(b []byte) Value { return BytesValue(b) })
	digest("hexdigest", func(b []byte) Value { return StrValue(hex.EncodeToString(b)) })
	if a.b2 {
		setupBlake2Type(a)
	}
	addSlotWrappers(tp)
	inheritSlots(tp)
}

// builtinHashDataArg is the data argument of update() and the constructors.
func builtinHashDataArg(v Value) ([]byte, error) {
	if isStr(v) || (v.ref != nil && v.Type().IsSubtype(&StrType)) {
		return nil, NewError(&TypeErrorType, "Strings must be encoded before hashing")
	}
	b, ok := dataBuffer(v)
	if !ok {
		return nil, NewError(&TypeErrorType, "object supporting the buffer API required")
	}
	return b, nil
}

func (h *builtinHashObj) write(b []byte) {
	if h.b2 != nil {
		h.b2.write(b)
		return
	}
	h.state.Write(b)
}

// clone copies the hash state: the Go states marshal into a fresh one.
func (h *builtinHashObj) clone() (*builtinHashObj, error) {
	c := &builtinHashObj{Object: Object{typ: h.typ}, algo: h.algo}
	if h.b2 != nil {
		b := *h.b2
		c.b2 = &b
		return c, nil
	}
	c.state = h.algo.newState()
	st, err := h.state.MarshalBinary()
	if err == nil {
		err = c.state.UnmarshalBinary(st)
	}
	if err != nil {
		return nil, NewError(&SystemErrorType, "pyjit internal error: copying %s state: %v", h.algo.name, err)
	}
	return c, nil
}

// sum is the digest so far, leaving the state unchanged (n is a SHAKE's
// output length).
func (h *builtinHashObj) sum(n int) ([]byte, error) {
	if h.b2 != nil {
		b := *h.b2
		return b.final(), nil
	}
	if h.algo.shake {
		c, err := h.clone()
		if err != nil {
			return nil, err
		}
		out := make([]byte, n)
		c.state.(*sha3.SHAKE).Read(out)
		return out, nil
	}
	return h.state.(hash.Hash).Sum(nil), nil
}

// newHashFromArgs is a constructor call: md5(string=b”, *,
// usedforsecurity=True), and the positional-only data of _sha3 and
// _blake2.
func newHashFromArgs(t *Thread, a *builtinHashAlgo, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	if npos > 1 {
		return Value{}, NewError(&TypeErrorType, "%s() takes at most 1 positional argument (%d given)", a.name, npos)
	}
	var data Value
	if npos == 1 {
		data = args[0]
	}
	var b2kw map[string]Value
	for i, k := range kwnames {
		v := args[npos+i]
		switch {
		case k == "usedforsecurity":
		case k == "string" && !a.sha3 && !a.b2:
			if !data.IsNull() {
				return Value{}, NewError(&TypeErrorType, "argument for %s() given by name ('string') and position (1)", a.name)
			}
			data = v
		case a.b2 && blake2Keyword(k):
			if b2kw == nil {
				b2kw = map[string]Value{}
			}
			b2kw[k] = v
		default:
			name := a.name
			if a.sha3 {
				// CPython 3.11's _sha3 types share one keyword table
				// naming sha3_224.
				name = "sha3_224"
			}
			return Value{}, NewError(&TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, name)
		}
	}
	h := &builtinHashObj{Object: Object{typ: a.typ}, algo: a}
	if a.b2 {
		st, err := newBlake2FromKw(t, a, b2kw)
		if err != nil {
			return Value{}, err
		}
		h.b2 = st
	} else {
		h.state = a.newState()
	}
	if !data.IsNull() {
		b, err := builtinHashDataArg(data)
		if err != nil {
			return Value{}, err
		}
		h.write(b)
	}
	return FromObject(&h.Object), nil
}

// hashModuleMembers are the constructor functions and exported types
// of each module.
var hashModuleMembers = map[string][][2]string{
	"_md5":    {{"md5", "md5"}, {"MD5Type", "md5"}},
	"_sha1":   {{"sha1", "sha1"}, {"SHA1Type", "sha1"}},
	"_sha256": {{"sha224", "sha224"}, {"sha256", "sha256"}, {"SHA224Type", "sha224"}, {"SHA256Type", "sha256"}},
	"_sha512": {{"sha384", "sha384"}, {"sha512", "sha512"}, {"SHA384Type", "sha384"}},
}

var hashDocs = map[string]string{"md5": "MD5", "sha1": "SHA1", "sha224": "SHA-224", "sha256": "SHA-256", "sha384": "SHA-384", "sha512": "SHA-512"}

func makeHashModule(name string) *Module {
	hashOnce.Do(setupHashTypes)
	m := NewModule(name)
	set := func(n string, v Value) { m.Dict.setStrNoErr(Intern(n), v) }
	for _, mem := range hashModuleMembers[name] {
		a := builtinHashAlgos[mem[1]]
		if mem[0] != mem[1] {
			set(mem[0], TypeValue(a.typ))
			continue
		}
		b := NewBuiltin(a.name, func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return newHashFromArgs(t, a, args, kw)
		})
		b.Doc = "Return a new " + hashDocs[a.name] + " hash object; optionally initialized with a string."
		set(a.name, FromObject(&b.Object))
	}
	switch name {
	case "_sha3":
		for _, n := range []string{"sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"} {
			set(n, TypeValue(builtinHashAlgos[n].typ))
		}
		set("implementation", StrValue("tiny_sha3"))
		set("keccakopt", Int(64))
	case "_blake2":
		set("blake2b", TypeValue(builtinHashAlgos["blake2b"].typ))
		set("blake2s", TypeValue(builtinHashAlgos["blake2s"].typ))
		for _, c := range []struct {
			n string
			v int64
		}{{"BLAKE2B_SALT_SIZE", 16}, {"BLAKE2B_PERSON_SIZE", 16}, {"BLAKE2B_MAX_KEY_SIZE", 64}, {"BLAKE2B_MAX_DIGEST_SIZE", 64},
			{"BLAKE2S_SALT_SIZE", 8}, {"BLAKE2S_PERSON_SIZE", 8}, {"BLAKE2S_MAX_KEY_SIZE", 32}, {"BLAKE2S_MAX_DIGEST_SIZE", 32}} {
			set(c.n, Int(c.v))
		}
	}
	return m
}
