#!/usr/bin/env bash
# Lints the API contract with Redocly CLI (recommended) and Spectral (spectral:oas), at the versions
# pinned in package-lock.json next to this script. Any error or warning of either fails.
#
#   api-spec/lint/lint.sh [spec]        (default: api-spec/openapi.yaml)
#
# The linters are installed with `npm ci` into api-spec/target/lint (build output), again only when
# the lockfile changed. Without node/npm on the PATH the spec is not linted: a warning, exit 0,
# unless CI is set (CI has Node), then it fails. An npm install that fails (e.g. the registry is
# unreachable) fails too.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
api_spec="$(dirname "$here")"
spec="${1:-$api_spec/openapi.yaml}"
work="${VIRKNING_LINT_DIR:-$api_spec/target/lint}"

skip() {
  if [[ -n "${CI:-}" ]]; then
    echo "ERROR: $1; CI is set, so the API contract must be linted: install Node.js 20.19+ or 22.12+ with npm." >&2
    exit 1
  fi
  echo "WARNING: $1: the API contract ($spec) was NOT linted. Install Node.js 20.19+ or 22.12+ with npm to lint it." >&2
  exit 0
}

command -v node >/dev/null 2>&1 || skip "node is not on the PATH"
command -v npm >/dev/null 2>&1 || skip "npm is not on the PATH"
node -e '
  const [major, minor] = process.versions.node.split(".").map(Number);
  process.exit((major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22 ? 0 : 1);
' || skip "Node.js $(node --version) is too old for the pinned linters (20.19+ or 22.12+)"

# Install exactly the locked versions, once per lockfile.
lock_sum="$(node -e 'const c=require("crypto"),f=require("fs");
  console.log(c.createHash("sha256").update(f.readFileSync(process.argv[1])).update(f.readFileSync(process.argv[2])).digest("hex"))' \
  "$here/package.json" "$here/package-lock.json")"
if [[ ! -x "$work/node_modules/.bin/redocly" || ! -x "$work/node_modules/.bin/spectral" \
      || "$(cat "$work/.installed" 2>/dev/null)" != "$lock_sum" ]]; then
  rm -rf "$work"
  mkdir -p "$work"
  cp "$here/package.json" "$here/package-lock.json" "$work/"
  echo "Installing the API linters (npm ci into $work)"
  if ! (cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error \
          --fetch-retries=1 --fetch-retry-mintimeout=2000 --fetch-retry-maxtimeout=10000 >"$work/npm-ci.log" 2>&1); then
    cat "$work/npm-ci.log" >&2
    echo "ERROR: npm ci of the API linters failed (registry $(npm config get registry); offline?)." \
         "The API contract was not linted. See $work/npm-ci.log." >&2
    exit 1
  fi
  echo "$lock_sum" >"$work/.installed"
fi
bin="$work/node_modules/.bin"

failed=0

version() { node -p "require('$work/node_modules/$1/package.json').version"; }
echo "Redocly CLI $(version @redocly/cli) lint (recommended): $spec"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
set +e
redocly_out="$("$bin/redocly" lint --config "$here/redocly.yaml" --format stylish --max-problems 1000 "$spec" 2>&1)"
redocly_rc=$?
set -e
# Only the findings and the verdict (not the CLI's banners).
grep -E '^\s+[0-9]+:[0-9]+\s|^[^ ].*(valid|failed|warning)' <<<"$redocly_out" || true
if ((redocly_rc != 0)) || grep -qE '^\s+[0-9]+:[0-9]+\s+warning\s|You have [0-9]+ warnings?' <<<"$redocly_out"; then
  echo "Redocly found errors or warnings (exit $redocly_rc)." >&2
  failed=1
fi

echo "Spectral $(version @stoplight/spectral-cli) lint (spectral:oas): $spec"
if ! "$bin/spectral" lint --ruleset "$here/.spectral.yaml" --fail-severity warn --display-only-failures "$spec"; then
  echo "Spectral found errors or warnings." >&2
  failed=1
fi

if ((failed)); then
  echo "ERROR: the API contract does not lint clean (0 errors and 0 warnings are required)." >&2
  exit 1
fi
echo "The API contract lints clean: 0 errors, 0 warnings (Redocly recommended, Spectral spectral:oas)."
