module github.com/graduate-dev/graduate/scripts/corpus/fences

go 1.26.0

require (
	github.com/graduate-dev/graduate v0.0.0
	github.com/yuin/goldmark v1.8.7
)

replace github.com/graduate-dev/graduate => ../../..
