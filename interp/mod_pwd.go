package interp

// This file implements the pwd and grp modules by reading /etc/passwd and
// /etc/group, which is what glibc's "files" source does.

import (
	"os"
	"strconv"
	"strings"
	"sync"
)

func init() {
	builtinModules["pwd"] = makePwdModule
	builtinModules["grp"] = makeGrpModule
	delete(cModules, "pwd")
	delete(cModules, "grp")
}

var (
	passwdType, groupType *Type
	pwdOnce               sync.Once
)

func setupPwdTypes() {
	passwdType = newStructSeqType("pwd", "struct_passwd", "pwd.struct_passwd: Results from getpw*() routines.\n\nThis object may be accessed either as a tuple of\n  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\nor via the object attributes as named in the above tuple.",
		[]string{"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"}, 7)
	groupType = newStructSeqType("grp", "struct_group", "grp.struct_group: Results from getgr*() routines.\n\nThis object may be accessed either as a tuple of\n  (gr_name,gr_passwd,gr_gid,gr_mem)\nor via the object attributes as named in the above tuple.\n",
		[]string{"gr_name", "gr_passwd", "gr_gid", "gr_mem"}, 4)
}

// dbEntries reads a colon-separated database with at least n fields per
// line.
func dbEntries(path string, n int) [][]string {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var out [][]string
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' || line[0] == '+' || line[0] == '-' {
			continue
		}
		f := strings.Split(line, ":")
		if len(f) < n {
			continue
		}
		if _, err := strconv.ParseUint(f[2], 10, 32); err != nil {
			continue
		}
		out = append(out, f)
	}
	return out
}

func passwdValue(f []string) Value {
	uid, _ := strconv.ParseInt(f[2], 10, 64)
	gid, _ := strconv.ParseInt(f[3], 10, 64)
	return makeStructSeq(passwdType, 7, []Value{StrValue(fsDecode(f[0])), StrValue(fsDecode(f[1])), Int(uid), Int(gid),
		StrValue(fsDecode(f[4])), StrValue(fsDecode(f[5])), StrValue(fsDecode(f[6]))})
}

func grpEntryValue(f []string) Value {
	gid, _ := strconv.ParseInt(f[2], 10, 64)
	var mem []Value
	for _, m := range strings.Split(f[3], ",") {
		if m != "" {
			mem = append(mem, StrValue(fsDecode(m)))
		}
	}
	return makeStructSeq(groupType, 4, []Value{StrValue(fsDecode(f[0])), StrValue(fsDecode(f[1])), Int(gid), NewListValue(mem)})
}

// idArg converts a uid/gid argument as CPython's _Py_Uid_Converter:
// ints only; out-of-range ids are simply not found.
func idArg(t *Thread, v Value) (int64, bool, error) {
	if !isIntLike(v) {
		if v.Type().Slots.Index == nil {
			return 0, false, NewError(&TypeErrorType, "uid should be integer, not %s", typeName(v))
		}
	}
	iv, err := indexValue(t, v, "")
	if err != nil {
		return 0, false, err
	}
	n, ok := smallInt(iv)
	if !ok || n < -1 || n > 1<<32-1 {
		return 0, false, NewError(&OverflowErrorType, "uid is greater than maximum")
	}
	return n, true, nil
}

func makePwdModule(in *Interpreter) *Module {
	pwdOnce.Do(setupPwdTypes)
	m := NewModule("pwd")
	m.Dict.setStrNoErr(Intern("__doc__"), StrValue("This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\nPassword database entries are reported as 7-tuples containing the following\nitems from the password database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found."))
	m.Dict.setStrNoErr(Intern("struct_passwd"), TypeValue(passwdType))
	moduleFn(m, "getpwuid", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("getpwuid", args, kw, 1); err != nil {
			return Value{}, err
		}
		uid, _, err := idArg(t, args[0])
		if err != nil {
			if AsException(err).typ.IsSubtype(&OverflowErrorType) {
				return Value{}, NewError(&KeyErrorType, "getpwuid(): uid not found")
			}
			return Value{}, err
		}
		for _, f := range dbEntries("/etc/passwd", 7) {
			if f[2] == strconv.FormatInt(uid, 10) {
				return passwdValue(f), nil
			}
		}
		r, _ := ReprString(t, args[0])
		return Value{}, NewError(&KeyErrorType, "getpwuid(): uid not found: %s", r)
	})
	moduleFn(m, "getpwnam", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("getpwnam", args, kw, 1); err != nil {
			return Value{}, err
		}
		s, ok := asStr(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "getpwnam() argument must be str, not %s", typeName(args[0]))
		}
		name := fsEncode(s.s)
		if strings.IndexByte(name, 0) >= 0 {
			return Value{}, NewError(&ValueErrorType, "embedded null character")
		}
		for _, f := range dbEntries("/etc/passwd", 7) {
			if f[0] == name {
				return passwdValue(f), nil
			}
		}
		r, _ := ReprString(t, args[0])
		return Value{}, NewError(&KeyErrorType, "getpwnam(): name not found: %s", r)
	})
	moduleFn(m, "getpwall", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("getpwall", args, kw, 0); err != nil {
			return Value{}, err
		}
		var out []Value
		for _, f := range dbEntries("/etc/passwd", 7) {
			out = append(out, passwdValue(f))
		}
		return NewListValue(out), nil
	})
	return m
}

func makeGrpModule(in *Interpreter) *Module {
	pwdOnce.Do(setupPwdTypes)
	m := NewModule("grp")
	m.Dict.setStrNoErr(Intern("__doc__"), StrValue("Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\nfrom the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\nThe gid is an integer, name and password are strings.  (Note that most\nusers are not explicitly listed as members of the groups they are in\naccording to the password database.  Check both databases to get\ncomplete membership information.)"))
	m.Dict.setStrNoErr(Intern("struct_group"), TypeValue(groupType))
	moduleFn(m, "getgrgid", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs("getgrgid", args, kw, []string{"id"}, 1, 1)
		if err != nil {
			return Value{}, err
		}
		gid, _, err := idArg(t, a[0])
		if err != nil {
			if AsException(err).typ.IsSubtype(&OverflowErrorType) {
				return Value{}, NewError(&KeyErrorType, "getgrgid(): gid not found")
			}
			return Value{}, NewError(&TypeErrorType, "gid should be integer, not %s", typeName(a[0]))
		}
		for _, f := range dbEntries("/etc/group", 4) {
			if f[2] == strconv.FormatInt(gid, 10) {
				return grpEntryValue(f), nil
			}
		}
		r, _ := ReprString(t, a[0])
		return Value{}, NewError(&KeyErrorType, "getgrgid(): gid not found: %s", r)
	})
	moduleFn(m, "getgrnam", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs("getgrnam", args, kw, []string{"name"}, 1, 1)
		if err != nil {
			return Value{}, err
		}
		s, ok := asStr(a[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "getgrnam() argument must be str, not %s", typeName(a[0]))
		}
		for _, f := range dbEntries("/etc/group", 4) {
			if f[0] == fsEncode(s.s) {
				return grpEntryValue(f), nil
			}
		}
		r, _ := ReprString(t, a[0])
		return Value{}, NewError(&KeyErrorType, "getgrnam(): name not found: %s", r)
	})
	moduleFn(m, "getgrall", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("getgrall", args, kw, 0); err != nil {
			return Value{}, err
		}
		var out []Value
		for _, f := range dbEntries("/etc/group", 4) {
			out = append(out, grpEntryValue(f))
		}
		return NewListValue(out), nil
	})
	return m
}
