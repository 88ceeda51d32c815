// Command fences compares the fenced code blocks graduate's Markdown scanner finds
// (collectors/markdown.Fenced) with those goldmark, a CommonMark parser, finds, file by
// file, and lists the files where any line differs. It measures the scanner on the
// corpus's checkouts; it is a module of its own so that graduate does not depend on
// goldmark.
//
//	find CHECKOUTS -name '*.md' | go run . > differ.tsv
//
// Each line it prints is a file, the number of lines read differently and the first of
// them; the totals go to standard error.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/graduate-dev/graduate/collectors/markdown"
	"github.com/graduate-dev/graduate/collectors/repo"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	files, differ := 0, 0
	for in.Scan() {
		path := in.Text()
		src, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "fences: read %s: %v\n", path, err)
			continue
		}
		if len(src) > repo.MaxFileSize { // the collectors read no larger file

			continue
		}
		files++
		n, first := compare(string(src))
		if n > 0 {
			differ++
			fmt.Printf("%s\t%d\t%d\n", path, n, first)
		}
	}
	if err := in.Err(); err != nil {
		fmt.Fprintf(os.Stderr, "fences: read the file list: %v\n", err)
		os.Exit(2)
	}
	fmt.Fprintf(os.Stderr, "files %d, differing %d\n", files, differ)
}

// compare returns how many lines of doc the scanner and goldmark read differently
// (inside a fenced block's content or not) and the first of them, from 1.
func compare(doc string) (n, first int) {
	doc = strings.ReplaceAll(strings.TrimPrefix(doc, "\ufeff"), "\r\n", "\n")
	lines := markdown.Lines(doc)
	ours := markdown.Fenced(lines)
	theirs := goldmarkFenced(doc, len(lines))
	for i := range lines {
		if ours[i] != theirs[i] {
			if n == 0 {
				first = i + 1
			}
			n++
		}
	}
	return n, first
}

// goldmarkFenced marks the lines of doc that goldmark puts inside a fenced code block.
func goldmarkFenced(doc string, count int) []bool {
	starts := []int{0}
	for i := 0; i < len(doc); i++ {
		if doc[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	fenced := make([]bool, count)
	root := goldmark.New().Parser().Parse(text.NewReader([]byte(doc)))
	_ = ast.Walk(root, func(node ast.Node, entering bool) (ast.WalkStatus, error) {
		block, ok := node.(*ast.FencedCodeBlock)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		for j := 0; j < block.Lines().Len(); j++ {
			off := block.Lines().At(j).Start
			line := sort.Search(len(starts), func(k int) bool { return starts[k] > off }) - 1
			if line >= 0 && line < count {
				fenced[line] = true
			}
		}
		return ast.WalkContinue, nil
	})
	return fenced
}
