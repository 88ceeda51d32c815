package main

import (
	"testing"
	"time"
)

func TestClock(t *testing.T) {
	now := func() time.Time { return time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		asOf string
		want time.Time
	}{
		{"", now()},
		{"2026-08-22T10:00:00Z", time.Date(2026, 8, 22, 10, 0, 0, 0, time.UTC)},
		// A date is its whole day: a release tagged that afternoon is as of it.
		{"2025-12-02", time.Date(2025, 12, 2, 23, 59, 59, 0, time.UTC)},
	}
	for _, tc := range tests {
		f := &sourceFlags{asOf: tc.asOf}
		clock, err := f.clock(now)
		if err != nil {
			t.Fatalf("clock(%q): %v", tc.asOf, err)
		}
		if got := clock(); !got.Equal(tc.want) {
			t.Errorf("clock(%q) = %s, want %s", tc.asOf, got, tc.want)
		}
	}
}
