package main

import (
	"encoding/json"
	"fmt"
)

// pyperfFile is the part of pylib/pyperf.py's JSON output (format
// "pyjit-pyperf/1", documented in that module) the runner needs.
type pyperfFile struct {
	Format     string            `json:"format"`
	Benchmarks []pyperfBenchmark `json:"benchmarks"`
}

type pyperfBenchmark struct {
	Name       string       `json:"name"`
	Unit       string       `json:"unit"`
	Loops      int64        `json:"loops"`
	InnerLoops int64        `json:"inner_loops"`
	Values     []float64    `json:"values"`
	Warmups    [][2]float64 `json:"warmups"`
	FirstValue *float64     `json:"first_value"`
}

// parseResults decodes a pyperf JSON file and checks it holds usable values.
func parseResults(data []byte) ([]pyperfBenchmark, error) {
	var f pyperfFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("bad pyperf JSON: %v", err)
	}
	if f.Format != "pyjit-pyperf/1" {
		return nil, fmt.Errorf("unknown pyperf JSON format %q", f.Format)
	}
	if len(f.Benchmarks) == 0 {
		return nil, fmt.Errorf("pyperf JSON holds no benchmark")
	}
	for _, b := range f.Benchmarks {
		if b.Name == "" {
			return nil, fmt.Errorf("pyperf JSON: benchmark without a name")
		}
		if len(b.Values) == 0 {
			return nil, fmt.Errorf("pyperf JSON: benchmark %s has no values", b.Name)
		}
		for _, v := range b.Values {
			if !(v >= 0) {
				return nil, fmt.Errorf("pyperf JSON: benchmark %s has value %v", b.Name, v)
			}
		}
	}
	return f.Benchmarks, nil
}
