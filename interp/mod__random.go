package interp

// This file implements the _random module (CPython's
// Modules/_randommodule.c): Random, a Mersenne Twister (MT19937) whose
// seeding, random() and getrandbits() follow CPython bit for bit, so
// random.py's methods give CPython's numbers for the same seed.

import (
	"crypto/rand"
	"encoding/binary"
	"math"
	"math/big"
	"sync"
)

const (
	mtN = 624
	mtM = 397
)

// RandomType is _random.Random.
var RandomType = Type{Name: "Random"}

var randomOnce sync.Once

func init() {
	builtinModules["_random"] = makeRandomModule
	delete(cModules, "_random")
	subclassableBases[&RandomType] = true
}

// randomObj is a _random.Random (or an instance of a subclass, whose
// instance attributes live in attrs).
type randomObj struct {
	Object
	state [mtN]uint32
	index int
	attrs Attrs
}

func (r *randomObj) initGenrand(s uint32) {
	mt := &r.state
	mt[0] = s
	for i := 1; i < mtN; i++ {
		mt[i] = 1812433253*(mt[i-1]^(mt[i-1]>>30)) + uint32(i)
	}
	r.index = mtN
}

func (r *randomObj) initByArray(key []uint32) {
	r.initGenrand(19650218)
	mt := &r.state
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
	}
	mt[0] = 0x80000000
}

func (r *randomObj) genrand() uint32 {
	mt := &r.state
	if r.index >= mtN {
		const upper, lower = 0x80000000, 0x7fffffff
		mag := [2]uint32{0, 0x9908b0df}
		kk := 0
		for ; kk < mtN-mtM; kk++ {
			y := (mt[kk] & upper) | (mt[kk+1] & lower)
			mt[kk] = mt[kk+mtM] ^ (y >> 1) ^ mag[y&1]
		}
		for ; kk < mtN-1; kk++ {
			y := (mt[kk] & upper) | (mt[kk+1] & lower)
			mt[kk] = mt[kk+(mtM-mtN)] ^ (y >> 1) ^ mag[y&1]
		}
		y := (mt[mtN-1] & upper) | (mt[0] & lower)
		mt[mtN-1] = mt[mtM-1] ^ (y >> 1) ^ mag[y&1]
		r.index = 0
	}
	y := mt[r.index]
	r.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

func (r *randomObj) random() float64 {
	a, b := r.genrand()>>5, r.genrand()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// seed is random_seed: None seeds from the OS, an int by its absolute
// value, anything else by its hash read as an unsigned word.
func (r *randomObj) seed(t *Thread, arg Value) error {
	if arg.IsNull() || arg.IsNone() {
		var buf [mtN * 4]byte
		if _, err := rand.Read(buf[:]); err != nil {
			return NewError(&OSErrorType, "%v", err)
		}
		key := make([]uint32, mtN)
		for i := range key {
			key[i] = binary.LittleEndian.Uint32(buf[4*i:])
		}
		r.initByArray(key)
		return nil
	}
	var n *big.Int
	if isIntLike(arg) {
		n = new(big.Int).Abs(toBig(arg))
	} else {
		h, err := Hash(t, arg)
		if err != nil {
			return err
		}
		n = new(big.Int).SetUint64(uint64(h))
	}
	words := n.Bits()
	var key []uint32
	for _, w := range words {
		key = append(key, uint32(w), uint32(uint64(w)>>32))
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	r.initByArray(key)
	return nil
}

func asRandom(t *Thread, v Value, name string) (*randomObj, error) {
	if v.ref == nil || !v.Type().IsSubtype(&RandomType) {
		return nil, NewError(&TypeErrorType, "descriptor '%s' requires a '_random.Random' object but received a '%s'", name, typeName(v))
	}
	return objectAs[randomObj](v.ref), nil
}

func setupRandomType() {
	initBuiltinType(&RandomType, "Random() -> create a random number generator with its own internal state.")
	RandomType.Module = "_random"
	RandomType.Flags |= FlagBaseType
	RandomType.Slots = Slots{
		New: func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
			r := &randomObj{Object: Object{typ: typ}}
			// A fresh generator is seeded from the OS even before
			// __init__, as random_new does through random_init.
			if err := r.seed(t, None); err != nil {
				return Value{}, err
			}
			return FromObject(&r.Object), nil
		},
		Init: func(t *Thread, self Value, args []Value, kwnames []string) error {
			if self.Type() == &RandomType && len(kwnames) > 0 {
				return NewError(&TypeErrorType, "Random() takes no keyword arguments")
			}
			if len(args)-len(kwnames) > 1 {
				return NewError(&TypeErrorType, "Random() requires 0 or 1 argument")
			}
			var arg Value
			if len(args)-len(kwnames) == 1 {
				arg = args[0]
			}
			return objectAs[randomObj](self.ref).seed(t, arg)
		},
	}
	addMethod(&RandomType, "random", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("Random.random", args, kw, 0); err != nil {
			return Value{}, err
		}
		r, err := asRandom(t, self, "random")
		if err != nil {
			return Value{}, err
		}
		return Float(r.random()), nil
	})
	addMethod(&RandomType, "seed", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("seed", args, kw, 0, 1); err != nil {
			return Value{}, err
		}
		r, err := asRandom(t, self, "seed")
		if err != nil {
			return Value{}, err
		}
		var arg Value
		if len(args) == 1 {
			arg = args[0]
		}
		return None, r.seed(t, arg)
	})
	addMethod(&RandomType, "getstate", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("Random.getstate", args, kw, 0); err != nil {
			return Value{}, err
		}
		r, err := asRandom(t, self, "getstate")
		if err != nil {
			return Value{}, err
		}
		items := make([]Value, mtN+1)
		for i, w := range r.state {
			items[i] = Int(int64(w))
		}
		items[mtN] = Int(int64(r.index))
		return NewTupleValue(items), nil
	})
	addMethod(&RandomType, "setstate", randomSetState)
	addMethod(&RandomType, "getrandbits", randomGetRandBits)
	addSlotWrappers(&RandomType)
	inheritSlots(&RandomType)
}

func randomSetState(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("Random.setstate", args, kw, 1); err != nil {
		return Value{}, err
	}
	r, err := asRandom(t, self, "setstate")
	if err != nil {
		return Value{}, err
	}
	tu, ok := asTuple(args[0])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "state vector must be a tuple")
	}
	if len(tu.items) != mtN+1 {
		return Value{}, NewError(&ValueErrorType, "state vector is the wrong size")
	}
	var st [mtN]uint32
	for i := 0; i < mtN; i++ {
		w, err := randomUlongArg(t, tu.items[i])
		if err != nil {
			return Value{}, err
		}
		st[i] = uint32(w)
	}
	iv, err := indexValue(t, tu.items[mtN], "")
	if err != nil {
		return Value{}, err
	}
	idx, ok := smallInt(iv)
	if !ok {
		return Value{}, NewError(&OverflowErrorType, "Python int too large to convert to C int")
	}
	if idx < 0 || idx > mtN {
		return Value{}, NewError(&ValueErrorType, "invalid state")
	}
	r.state = st
	r.index = int(idx)
	return None, nil
}

// randomUlongArg is PyLong_AsUnsignedLong.
func randomUlongArg(t *Thread, v Value) (uint64, error) {
	if !isIntLike(v) {
		return 0, NewError(&TypeErrorType, "an integer is required")
	}
	b := toBig(v)
	if b.Sign() < 0 {
		return 0, NewError(&OverflowErrorType, "can't convert negative value to unsigned int")
	}
	if b.BitLen() > 64 {
		return 0, NewError(&OverflowErrorType, "Python int too large to convert to C unsigned long")
	}
	return b.Uint64(), nil
}

func randomGetRandBits(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("Random.getrandbits", args, kw, 1); err != nil {
		return Value{}, err
	}
	r, err := asRandom(t, self, "getrandbits")
	if err != nil {
		return Value{}, err
	}
	iv, err := indexValue(t, args[0], "")
	if err != nil {
		return Value{}, err
	}
	k, ok := smallInt(iv)
	if !ok || k > math.MaxInt32 {
		return Value{}, NewError(&OverflowErrorType, "Python int too large to convert to C int")
	}
	if k < 0 {
		return Value{}, NewError(&ValueErrorType, "number of bits must be non-negative")
	}
	if k == 0 {
		return Int(0), nil
	}
	if k <= 32 {
		return Int(int64(r.genrand() >> (32 - k))), nil
	}
	words := (k-1)/32 + 1
	buf := make([]byte, 4*words)
	for i := int64(0); i < words; i++ {
		w := r.genrand()
		if k < 32 {
			w >>= 32 - k
		}
		binary.LittleEndian.PutUint32(buf[4*i:], w)
		k -= 32
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return IntFromBig(new(big.Int).SetBytes(buf)), nil
}

func makeRandomModule(in *Interpreter) *Module {
	randomOnce.Do(setupRandomType)
	m := NewModule("_random")
	m.Dict.setStrNoErr(Intern("__doc__"), StrValue("Module implements the Mersenne Twister random number generator."))
	m.Dict.setStrNoErr(Intern("Random"), TypeValue(&RandomType))
	return m
}
