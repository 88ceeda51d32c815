//go:build unix

package repo

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"syscall"
	"testing"
	"time"
)

func TestFIFO(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"README.md": "# x\n"})
	if err := syscall.Mkfifo(filepath.Join(dir, "GOVERNANCE.md"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	l, err := NewLocal("r", dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	done := make(chan struct{})
	go func() {
		defer close(done)
		got, err := l.Files(ctx)
		if err != nil {
			t.Error(err)
			return
		}
		if want := []string{"README.md"}; !reflect.DeepEqual(got, want) {
			t.Errorf("Files() = %q, want %q", got, want)
		}
		if _, err := l.ReadFile(ctx, "GOVERNANCE.md"); !errors.Is(err, ErrNotRegular) {
			t.Errorf("ReadFile(FIFO) error = %v, want ErrNotRegular", err)
		}
	}()
	select {
	case <-done:
	case <-ctx.Done():
		t.Fatal("reading a directory with a FIFO hangs")
	}
}
