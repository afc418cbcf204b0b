package main

import (
	"fmt"
	"html"
	"math"
	"strings"
)

var palette = []string{"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1"}

// speedupSVG draws grouped horizontal bars: per benchmark, one bar per
// interpreter with its speedup over the baseline, a dashed line at 1x,
// and "failed" where an interpreter has no result. Hand-written SVG so
// the runner needs nothing beyond the standard library.
func speedupSVG(s *Session) string {
	const (
		left, right, top = 190.0, 80.0, 40.0
		barH, gap        = 12.0, 10.0
		plotW            = 520.0
	)
	n := len(s.Interps)
	maxV := 1.0
	for _, row := range s.Rows {
		for _, c := range row.Cells {
			if c.OK && c.Speedup > maxV && !math.IsInf(c.Speedup, 0) {
				maxV = c.Speedup
			}
		}
	}
	maxV = math.Ceil(maxV*1.1*2) / 2
	groupH := float64(n)*barH + gap
	legendH := float64(n)*16 + 10
	height := top + float64(len(s.Rows))*groupH + legendH + 20
	width := left + plotW + right
	x := func(v float64) float64 { return left + v/maxV*plotW }

	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w(`<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" font-family="sans-serif" font-size="11">`+"\n", width, height)
	w(`<rect width="100%%" height="100%%" fill="white"/>` + "\n")
	w(`<text x="%.0f" y="20" font-size="14" font-weight="bold">Speedup over %s (higher is faster)</text>`+"\n", left, html.EscapeString(s.Baseline))
	for i, row := range s.Rows {
		y0 := top + float64(i)*groupH
		w(`<text x="%.0f" y="%.1f" text-anchor="end">%s</text>`+"\n", left-6, y0+float64(n)*barH/2+4, html.EscapeString(row.Name))
		for j, in := range s.Interps {
			y := y0 + float64(j)*barH
			c := row.Cells[in.Name]
			if c == nil || !c.OK || c.Speedup == 0 {
				w(`<text x="%.0f" y="%.1f" fill="#c00">failed</text>`+"\n", left+4, y+barH-3)
				continue
			}
			w(`<rect x="%.0f" y="%.1f" width="%.1f" height="%.1f" fill="%s"/>`+"\n", left, y, x(c.Speedup)-left, barH-2, palette[j%len(palette)])
			w(`<text x="%.1f" y="%.1f">%.2fx</text>`+"\n", x(c.Speedup)+3, y+barH-3, c.Speedup)
		}
	}
	axisY := top + float64(len(s.Rows))*groupH
	w(`<line x1="%.0f" y1="%.0f" x2="%.0f" y2="%.0f" stroke="black"/>`+"\n", left, top-4, left, axisY)
	w(`<line x1="%.1f" y1="%.0f" x2="%.1f" y2="%.0f" stroke="#555" stroke-dasharray="4,3"/>`+"\n", x(1), top-4, x(1), axisY)
	w(`<text x="%.1f" y="%.0f" text-anchor="middle">1x</text>`+"\n", x(1), axisY+12)
	w(`<text x="%.1f" y="%.0f" text-anchor="middle">%.1fx</text>`+"\n", x(maxV), axisY+12, maxV)
	for j, in := range s.Interps {
		y := axisY + 24 + float64(j)*16
		w(`<rect x="%.0f" y="%.0f" width="12" height="12" fill="%s"/>`+"\n", left, y, palette[j%len(palette)])
		label := in.Name
		if g, ok := s.Geomean[in.Name]; ok {
			label += fmt.Sprintf(" (geometric mean %.2fx)", g)
		}
		w(`<text x="%.0f" y="%.0f">%s</text>`+"\n", left+18, y+10, html.EscapeString(label))
	}
	w("</svg>\n")
	return b.String()
}
