# Quick start: `make run` opens the app on a demo database; `make test` builds and runs every test.
JOBS ?= $(shell nproc)
DEMO_DB ?= demo.uplift

.PHONY: run test deps build-release build-ci clean format

deps:
	@bash tools/setup-deps.sh

build-release: deps
	@cmake --preset release >/dev/null
	@cmake --build --preset release -j $(JOBS)

build-ci: deps
	@cmake --preset ci >/dev/null
	@cmake --build --preset ci -j $(JOBS)

run: build-release
	@test -f $(DEMO_DB) || build/release/src/cli/uplift-cli --db $(DEMO_DB) demo --scale 0.05
	build/release/src/app/uplift $(DEMO_DB)

test: build-ci
	@cd build/ci && QT_QPA_PLATFORM=offscreen ctest -j $(JOBS) --output-on-failure

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build
