#!/bin/sh
# Finds a Chromium executable for the end-to-end tests, installing Debian's `chromium` when possible.
# Prints the executable path on stdout and exits 0; exits 1 (with a reason on stderr) when no browser
# can be found or installed. Honours CHANCERY_CHROMIUM when it names an executable file.
set -u

find_browser() {
  if [ -n "${CHANCERY_CHROMIUM:-}" ] && [ -x "${CHANCERY_CHROMIUM}" ]; then
    echo "${CHANCERY_CHROMIUM}"
    return 0
  fi
  for name in chromium chromium-browser; do
    path=$(command -v "$name" 2>/dev/null) && [ -n "$path" ] && { echo "$path"; return 0; }
  done
  for path in /usr/bin/chromium /usr/lib/chromium/chromium /snap/bin/chromium; do
    [ -x "$path" ] && { echo "$path"; return 0; }
  done
  return 1
}

if find_browser; then exit 0; fi

if [ "$(id -u)" != "0" ]; then
  echo "ensure-chromium: no chromium found and not running as root, cannot install it" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: no chromium found and apt-get is not available" >&2
  exit 1
fi

echo "ensure-chromium: installing Debian package 'chromium'" >&2
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y --no-install-recommends chromium >&2; then
  apt-get update >&2 && apt-get install -y --no-install-recommends chromium >&2
fi

if find_browser; then exit 0; fi
echo "ensure-chromium: installing chromium failed" >&2
exit 1
