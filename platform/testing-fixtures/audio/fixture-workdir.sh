# Sourced by the make-fixtures.sh scripts (never run on its own): strict mode, a fixed locale, $out
# (the calling script's folder, where its fixtures go) and $work, a temporary folder removed on exit,
# as the current directory, so intermediate files never land beside the committed fixtures.
set -euo pipefail
export LC_ALL=C.UTF-8
out="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
