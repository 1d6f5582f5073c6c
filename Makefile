# Middle Powers: the two commands.
#   make run    install what is missing, build, start the app on the bundled dataset
#   make check  install what is missing, build, run every test suite under a virtual display
BUILD ?= build
MESON_ARGS ?=

.PHONY: run check deps build clean dataset

deps:
	@./tools/install-deps.sh

$(BUILD)/build.ninja:
	@meson setup $(BUILD) $(MESON_ARGS) >/dev/null || meson setup --reconfigure $(BUILD) $(MESON_ARGS)

build: deps $(BUILD)/build.ninja
	@ninja -C $(BUILD) | tail -n 1

run: build
	@GSETTINGS_SCHEMA_DIR=$(BUILD)/data MP_LOCALEDIR=$(BUILD)/po $(BUILD)/app/middle-powers

check: build
	@xvfb-run -a -s '-screen 0 1280x1024x24' dbus-run-session -- \
		meson test -C $(BUILD) --print-errorlogs --no-rebuild -q; \
	status=$$?; ./tools/count-tests.py $(BUILD)/meson-logs/testlog.json || status=1; exit $$status

clean:
	rm -rf $(BUILD)

# Rebuilds data/middle-powers.json from data/raw/ and its pre-parsed cache.
dataset: build
	@/usr/bin/python3 tools/build-dataset.py
	@$(BUILD)/tools/mp-dataset-cache data/middle-powers.json data/middle-powers.cache
