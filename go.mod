module github.com/pyjit/pyjit

go 1.26.0

require (
	github.com/twitchyliquid64/golang-asm v0.15.1
	golang.org/x/arch v0.32.0
	golang.org/x/sys v0.50.0
	golang.org/x/text v0.44.0
)
