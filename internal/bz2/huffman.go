package bz2

// This file is the compressor's back end for one block: move-to-front
// with zero-run coding (RUNA/RUNB), the choice of 2-6 Huffman tables by
// four rounds of refinement over 50-symbol groups, libbzip2's code
// length construction (a heap-built Huffman tree, flattened by halving
// the weights while any code exceeds 17 bits), and the block's bits.

const (
	runA      = 0
	runB      = 1
	groupSize = 50
	maxGroups = 6
	nIters    = 4
	maxLen    = 17
)

// mtfValues is generateMTFValues: the symbols of the sorted block's
// last column, their frequencies, and the number of distinct bytes.
func (w *Writer) mtfValues(ptr []int32) (mtf []uint16, freq []int32, nInUse int) {
	var seq [256]byte
	for i := 0; i < 256; i++ {
		if w.inUse[i] {
			seq[i] = byte(nInUse)
			nInUse++
		}
	}
	eob := nInUse + 1
	freq = make([]int32, eob+1)
	var yy [256]byte
	for i := range yy[:nInUse] {
		yy[i] = byte(i)
	}
	n := len(w.block)
	mtf = make([]uint16, 0, n+1)
	zPend := 0
	flushZeros := func() {
		zPend--
		for {
			if zPend&1 != 0 {
				mtf = append(mtf, runB)
				freq[runB]++
			} else {
				mtf = append(mtf, runA)
				freq[runA]++
			}
			if zPend < 2 {
				break
			}
			zPend = (zPend - 2) / 2
		}
		zPend = 0
	}
	for _, p := range ptr {
		j := int(p) - 1
		if j < 0 {
			j += n
		}
		c := seq[w.block[j]]
		if yy[0] == c {
			zPend++
			continue
		}
		if zPend > 0 {
			flushZeros()
		}
		// Move c to the front.
		k := 1
		prev := yy[0]
		yy[0] = c
		for yy[k] != c {
			yy[k], prev = prev, yy[k]
			k++
		}
		yy[k] = prev
		mtf = append(mtf, uint16(k+1))
		freq[k+1]++
	}
	if zPend > 0 {
		flushZeros()
	}
	mtf = append(mtf, uint16(eob))
	freq[eob]++
	return mtf, freq, nInUse
}

// sendMTFValues chooses the tables and writes the block's symbols.
func (w *Writer) sendMTFValues(mtf []uint16, freq []int32, nInUse int) {
	alpha := nInUse + 2
	nMTF := len(mtf)
	var length [maxGroups][]byte
	for t := range length {
		length[t] = make([]byte, alpha)
		for v := range length[t] {
			length[t][v] = 15
		}
	}
	var nGroups int
	switch {
	case nMTF < 200:
		nGroups = 2
	case nMTF < 600:
		nGroups = 3
	case nMTF < 1200:
		nGroups = 4
	case nMTF < 2400:
		nGroups = 5
	default:
		nGroups = 6
	}

	// Initial tables: split the symbol range into nGroups parts of
	// about equal frequency.
	remF, gs := int32(nMTF), 0
	for nPart := nGroups; nPart > 0; nPart-- {
		tFreq := remF / int32(nPart)
		ge := gs - 1
		aFreq := int32(0)
		for aFreq < tFreq && ge < alpha-1 {
			ge++
			aFreq += freq[ge]
		}
		if ge > gs && nPart != nGroups && nPart != 1 && (nGroups-nPart)%2 == 1 {
			aFreq -= freq[ge]
			ge--
		}
		for v := 0; v < alpha; v++ {
			if v >= gs && v <= ge {
				length[nPart-1][v] = 0
			} else {
				length[nPart-1][v] = 15
			}
		}
		gs = ge + 1
		remF -= aFreq
	}

	var selectors []byte
	rfreq := make([][]int32, nGroups)
	for t := range rfreq {
		rfreq[t] = make([]int32, alpha)
	}
	for iter := 0; iter < nIters; iter++ {
		for t := range rfreq {
			clear(rfreq[t])
		}
		selectors = selectors[:0]
		for gs := 0; gs < nMTF; gs += groupSize {
			ge := min(gs+groupSize, nMTF)
			var cost [maxGroups]int
			for _, v := range mtf[gs:ge] {
				for t := 0; t < nGroups; t++ {
					cost[t] += int(length[t][v])
				}
			}
			bc, bt := 999999999, -1
			for t := 0; t < nGroups; t++ {
				if cost[t] < bc {
					bc, bt = cost[t], t
				}
			}
			selectors = append(selectors, byte(bt))
			for _, v := range mtf[gs:ge] {
				rfreq[bt][v]++
			}
		}
		for t := 0; t < nGroups; t++ {
			makeCodeLengths(length[t], rfreq[t], alpha, maxLen)
		}
	}

	// Codes, canonical within each table.
	var code [maxGroups][]uint32
	for t := 0; t < nGroups; t++ {
		minL, maxL := byte(32), byte(0)
		for _, l := range length[t] {
			minL, maxL = min(minL, l), max(maxL, l)
		}
		code[t] = make([]uint32, alpha)
		vec := uint32(0)
		for n := minL; n <= maxL; n++ {
			for i, l := range length[t] {
				if l == n {
					code[t][i] = vec
					vec++
				}
			}
			vec <<= 1
		}
	}

	// The byte map: which 16-byte ranges are used, then which bytes.
	var inUse16 [16]bool
	for i := 0; i < 16; i++ {
		for j := 0; j < 16; j++ {
			inUse16[i] = inUse16[i] || w.inUse[i*16+j]
		}
	}
	bw := &w.bw
	for i := 0; i < 16; i++ {
		bw.write(1, b2u(inUse16[i]))
	}
	for i := 0; i < 16; i++ {
		if inUse16[i] {
			for j := 0; j < 16; j++ {
				bw.write(1, b2u(w.inUse[i*16+j]))
			}
		}
	}

	// Selectors, move-to-front coded in unary.
	bw.write(3, uint32(nGroups))
	bw.write(15, uint32(len(selectors)))
	var pos [maxGroups]byte
	for i := range pos {
		pos[i] = byte(i)
	}
	for _, s := range selectors {
		j := 0
		for pos[j] != s {
			j++
		}
		copy(pos[1:j+1], pos[:j])
		pos[0] = s
		for ; j > 0; j-- {
			bw.write(1, 1)
		}
		bw.write(1, 0)
	}

	// Code lengths, delta coded.
	for t := 0; t < nGroups; t++ {
		curr := length[t][0]
		bw.write(5, uint32(curr))
		for _, l := range length[t] {
			for curr < l {
				bw.write(2, 2)
				curr++
			}
			for curr > l {
				bw.write(2, 3)
				curr--
			}
			bw.write(1, 0)
		}
	}

	// The symbols.
	for g, gs := 0, 0; gs < nMTF; g, gs = g+1, gs+groupSize {
		t := selectors[g]
		for _, v := range mtf[gs:min(gs+groupSize, nMTF)] {
			bw.write(uint(length[t][v]), code[t][v])
		}
	}
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// makeCodeLengths is BZ2_hbMakeCodeLengths: Huffman code lengths for
// freq, built with a binary heap whose node weights carry the subtree
// depth in their low byte (so ties prefer shallower trees); while a
// code is longer than maxBits the weights are halved and it is rebuilt.
func makeCodeLengths(length []byte, freq []int32, alpha, maxBits int) {
	weight := make([]int32, alpha*2+2)
	parent := make([]int32, alpha*2+2)
	heap := make([]int32, alpha+3)
	for i := 0; i < alpha; i++ {
		f := freq[i]
		if f == 0 {
			f = 1
		}
		weight[i+1] = f << 8
	}
	for {
		nNodes := int32(alpha)
		nHeap := 0
		heap[0], weight[0], parent[0] = 0, 0, -2
		up := func(z int) {
			tmp := heap[z]
			for weight[tmp] < weight[heap[z>>1]] {
				heap[z] = heap[z>>1]
				z >>= 1
			}
			heap[z] = tmp
		}
		down := func(z int) {
			tmp := heap[z]
			for {
				y := z << 1
				if y > nHeap {
					break
				}
				if y < nHeap && weight[heap[y+1]] < weight[heap[y]] {
					y++
				}
				if weight[tmp] < weight[heap[y]] {
					break
				}
				heap[z] = heap[y]
				z = y
			}
			heap[z] = tmp
		}
		for i := 1; i <= alpha; i++ {
			parent[i] = -1
			nHeap++
			heap[nHeap] = int32(i)
			up(nHeap)
		}
		for nHeap > 1 {
			n1 := heap[1]
			heap[1] = heap[nHeap]
			nHeap--
			down(1)
			n2 := heap[1]
			heap[1] = heap[nHeap]
			nHeap--
			down(1)
			nNodes++
			parent[n1], parent[n2] = nNodes, nNodes
			w1, w2 := weight[n1], weight[n2]
			d := max(w1&0xff, w2&0xff)
			weight[nNodes] = (w1 & ^0xff + w2 & ^0xff) | (1 + d)
			parent[nNodes] = -1
			nHeap++
			heap[nHeap] = nNodes
			up(nHeap)
		}
		tooLong := false
		for i := 1; i <= alpha; i++ {
			j := 0
			for k := int32(i); parent[k] >= 0; k = parent[k] {
				j++
			}
			length[i-1] = byte(j)
			if j > maxBits {
				tooLong = true
			}
		}
		if !tooLong {
			return
		}
		for i := 1; i <= alpha; i++ {
			j := weight[i] >> 8
			j = 1 + j/2
			weight[i] = j << 8
		}
	}
}
