// Package atomicfile writes a file whole or not at all, for the caches: a reader never
// sees half of one, and a write that fails leaves the old file in place.
package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
)

// WriteFile writes b beside path and renames it into place.
func WriteFile(path string, b []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	_, werr := f.Write(b)
	cerr := f.Close()
	if werr != nil || cerr != nil {
		os.Remove(f.Name())
		return errors.Join(werr, cerr)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		os.Remove(f.Name())
		return err
	}
	return nil
}
