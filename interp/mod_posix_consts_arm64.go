package interp

import "golang.org/x/sys/unix"

// posixConstants holds Linux x86-64 values. These open(2) flags have other
// values on arm64 (asm-generic's fcntl.h): take them from x/sys/unix, or
// os.open(path, os.O_RDONLY | os.O_DIRECTORY) fails with EINVAL there.
func init() {
	arch := map[string]int64{
		"O_DIRECTORY": unix.O_DIRECTORY,
		"O_NOFOLLOW":  unix.O_NOFOLLOW,
		"O_DIRECT":    unix.O_DIRECT,
	}
	for i, c := range posixConstants {
		if v, ok := arch[c.name]; ok {
			posixConstants[i].value = v
		}
	}
}
