package history

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

func TestParseVersion(t *testing.T) {
	tests := []struct {
		tag  string
		ok   bool
		nums []int
		pre  string
	}{
		{"v1.2.3", true, []int{1, 2, 3}, ""},
		{"1.2.3", true, []int{1, 2, 3}, ""},
		{"V2.0", true, []int{2, 0}, ""},
		{"v0.59.0-rc.1", true, []int{0, 59, 0}, "rc.1"},
		{"v1.0.0-alpha", true, []int{1, 0, 0}, "alpha"},
		{"v1.0.0-beta.2+build.5", true, []int{1, 0, 0}, "beta.2"},
		{"v1.0.0+build.5", true, []int{1, 0, 0}, ""},
		{"1.4.0rc1", true, []int{1, 4, 0}, "rc1"},
		{"2.1.0.dev3", true, []int{2, 1, 0}, "dev3"},
		{"1.2.3.4", true, []int{1, 2, 3, 4}, ""},
		{"release-1.5.2", true, []int{1, 5, 2}, ""},
		{"v1.2.3-1", true, []int{1, 2, 3}, "1"},
		{"rel-0.4.1", true, []int{0, 4, 1}, ""},
		{"stable-2.14.10", true, []int{2, 14, 10}, ""},
		{"edge-24.5.1", true, []int{24, 5, 1}, ""},
		{"edge-24.5.1-rc.2", true, []int{24, 5, 1}, "rc.2"},
		{"myproj-1.4.0", true, []int{1, 4, 0}, ""},
		{"myproj-v1.4.0", true, []int{1, 4, 0}, ""},
		{"my-proj2-v2.0.0-beta.1", true, []int{2, 0, 0}, "beta.1"},
		{"myproj-1.4.0rc1", true, []int{1, 4, 0}, "rc1"},
		{"stable-latest", false, nil, ""},
		{"edge-", false, nil, ""},
		{"-1.2.0", false, nil, ""},
		{"2024-1.2.0", false, nil, ""},
		{"chart-0.3.1", false, nil, ""},
		{"sdk/myproj-v1.2.0", false, nil, ""},
		{"v1", false, nil, ""},
		{"latest", false, nil, ""},
		{"nightly", false, nil, ""},
		{"api/v1.2.0", false, nil, ""},
		{"helm-chart-1.2.0", false, nil, ""},
		{"v1.2.3-", false, nil, ""},
		{"v1.2.x", false, nil, ""},
		{"v99999999999999999999.0", false, nil, ""},
	}
	for _, tc := range tests {
		v, ok := ParseVersion(tc.tag)
		if ok != tc.ok {
			t.Errorf("ParseVersion(%q) ok = %v, want %v", tc.tag, ok, tc.ok)
			continue
		}
		if !ok {
			continue
		}
		if !reflect.DeepEqual(v.Nums, tc.nums) || v.Pre != tc.pre {
			t.Errorf("ParseVersion(%q) = %+v, want %v %q", tc.tag, v, tc.nums, tc.pre)
		}
		if v.Prerelease() != (tc.pre != "") {
			t.Errorf("ParseVersion(%q).Prerelease() = %v", tc.tag, v.Prerelease())
		}
	}
}

func TestVersionOrder(t *testing.T) {
	// In ascending order; equal neighbours are in one group.
	ordered := [][]string{
		{"v0.9.0"},
		{"v0.10.0-alpha"},
		{"v0.10.0-alpha.1"},
		{"v0.10.0-alpha.beta"},
		{"v0.10.0-beta"},
		{"v0.10.0-beta.2"},
		{"v0.10.0-beta.11"},
		{"v0.10.0-rc.1", "0.10.0rc1"},
		{"v0.10.0-rc.2"},
		{"v0.10.0rc10"},
		{"v0.10.0", "v0.10", "0.10.0+build.7"},
		{"v0.10.1"},
		{"v1.0.0-rc.0"},
		{"v1.0.0"},
		{"v1.0.0.1"},
		{"v2.0.0"},
		{"v10.0.0"},
	}
	var all []string
	rank := map[string]int{}
	for i, group := range ordered {
		for _, tag := range group {
			all = append(all, tag)
			rank[tag] = i
		}
	}
	for _, a := range all {
		for _, b := range all {
			va, _ := ParseVersion(a)
			vb, _ := ParseVersion(b)
			want := sign(rank[a] - rank[b])
			if got := va.Compare(vb); got != want {
				t.Errorf("Compare(%s, %s) = %d, want %d", a, b, got, want)
			}
		}
	}
	shuffled := slices.Clone(all)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	slices.SortStableFunc(shuffled, func(a, b string) int {
		va, _ := ParseVersion(a)
		vb, _ := ParseVersion(b)
		return va.Compare(vb)
	})
	for i := 1; i < len(shuffled); i++ {
		if rank[shuffled[i-1]] > rank[shuffled[i]] {
			t.Errorf("sorted out of order: %s before %s", shuffled[i-1], shuffled[i])
		}
	}
}
