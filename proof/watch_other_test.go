//go:build !linux

package proof

import "errors"

type createWatch struct{ Names chan string }

func watchCreates(string) (*createWatch, error) {
	return nil, errors.New("watching a folder needs inotify (Linux)")
}

func (w *createWatch) Close() {}
