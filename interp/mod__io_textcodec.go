package interp

// This file lets TextIOWrapper use the encodings pyjit implements only in
// Python (utf-16, cp1252, utf-8-sig ...): it drives the incremental
// encoder and decoder of codecs.lookup(encoding), as textio.c does for
// every codec. Cookies from tell() are byte positions, exact when no
// decoded text is pending and approximate (the pending text re-encoded)
// otherwise.

// pyCodec is a codec reached through the codecs module.
type pyCodec struct {
	encoder, decoder Value // incremental encoder/decoder (null until needed)
	info             Value // the CodecInfo
}

// lookupPyCodec is codecs.lookup(enc), raising LookupError for an
// unknown encoding.
func lookupPyCodec(t *Thread, enc string) (*pyCodec, error) {
	mod, err := t.importAbs("codecs")
	if err != nil {
		return nil, err
	}
	info, err := ioMethod(t, mod, "lookup", StrValue(enc))
	if err != nil {
		return nil, err
	}
	return &pyCodec{info: info}, nil
}

func (c *pyCodec) makeEncoder(t *Thread, errs string) error {
	if !c.encoder.IsNull() {
		return nil
	}
	e, err := ioMethod(t, c.info, "incrementalencoder", StrValue(errs))
	if err == nil {
		c.encoder = e
	}
	return err
}

func (c *pyCodec) makeDecoder(t *Thread, errs string) error {
	if !c.decoder.IsNull() {
		return nil
	}
	d, err := ioMethod(t, c.info, "incrementaldecoder", StrValue(errs))
	if err == nil {
		c.decoder = d
	}
	return err
}

// encode encodes s with the incremental encoder.
func (c *pyCodec) encode(t *Thread, s, errs string) ([]byte, error) {
	if err := c.makeEncoder(t, errs); err != nil {
		return nil, err
	}
	r, err := ioMethod(t, c.encoder, "encode", StrValue(s))
	if err != nil {
		return nil, err
	}
	b, ok := bytesData(r)
	if !ok {
		return nil, NewError(&TypeErrorType, "encoder should return a bytes object, not '%s'", typeName(r))
	}
	return b, nil
}

// decode decodes data (final at the end of the stream).
func (c *pyCodec) decode(t *Thread, data []byte, final bool, errs string) (string, error) {
	if err := c.makeDecoder(t, errs); err != nil {
		return "", err
	}
	r, err := ioMethod(t, c.decoder, "decode", BytesValue(data), Bool(final))
	if err != nil {
		return "", err
	}
	s, ok := asStr(r)
	if !ok {
		return "", NewError(&TypeErrorType, "decoder should return a string result, not '%s'", typeName(r))
	}
	return s.s, nil
}

// reset resets the codec after a seek: to its start state at position
// 0, else (so no BOM is written mid-file) to "continuing" as CPython's
// encoder.setstate(0).
func (c *pyCodec) reset(t *Thread, pos int64, errs string) {
	if !c.decoder.IsNull() {
		_, _ = ioMethod(t, c.decoder, "reset")
	}
	if pos != 0 {
		_ = c.makeEncoder(t, errs)
	}
	if !c.encoder.IsNull() {
		if pos == 0 {
			_, _ = ioMethod(t, c.encoder, "reset")
		} else {
			_, _ = ioMethod(t, c.encoder, "setstate", Int(0))
		}
	}
}

// decodePyInput is decodeInput for a codecs-module codec: the decoder
// keeps incomplete sequences itself and the newline decoder holds back a
// final '\r'.
func (x *textIO) decodePyInput(t *Thread, data []byte) error {
	if x.decPos > 0 {
		x.decoded = append([]rune(nil), x.decoded[x.decPos:]...)
		x.decPos = 0
	}
	s, err := x.py.decode(t, data, x.eof, x.errors)
	if err != nil {
		return err
	}
	if x.readuniversal {
		s = x.nl.decode(s, x.eof)
	}
	x.decoded = append(x.decoded, []rune(s)...)
	x.srcLen, x.chunkStart = nil, -1
	return nil
}
