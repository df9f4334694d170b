#!/usr/bin/env bash
# Lints the container image definition and the Kubernetes manifests with the tools at hand:
#   dockerfile-utils and dockerfilelint (npm; there is no hadolint in Debian), yamllint (Debian or pip),
#   kubectl kustomize (renders k8s/ as `kubectl apply -k` would). A missing tool is reported and skipped.
# The consistency of the manifests with the application is tested by DeploymentManifestsTest.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0

run() { # run NAME COMMAND...
  echo "== $1"
  shift
  if "$@"; then echo "   passed"; else echo "   FAILED"; status=1; fi
}

# the npm linters, installed once into a cache folder outside the project
NPM_DIR=${LINT_NPM_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/disclosure-lint}
if command -v npm >/dev/null; then
  if [ ! -x "$NPM_DIR/node_modules/.bin/dockerfile-utils" ] || [ ! -x "$NPM_DIR/node_modules/.bin/dockerfilelint" ]; then
    mkdir -p "$NPM_DIR"
    npm install --prefix "$NPM_DIR" --no-audit --no-fund --silent dockerfile-utils@0.16.3 dockerfilelint@1.8.0 \
      || echo "   (npm install failed)"
  fi
  # dockerfile-utils prints nothing and exits 0 when the file is clean
  [ -x "$NPM_DIR/node_modules/.bin/dockerfile-utils" ] && run "dockerfile-utils lint Dockerfile" \
    sh -c '! "$0" lint Dockerfile | grep .' "$NPM_DIR/node_modules/.bin/dockerfile-utils"
  [ -x "$NPM_DIR/node_modules/.bin/dockerfilelint" ] && run "dockerfilelint Dockerfile" \
    "$NPM_DIR/node_modules/.bin/dockerfilelint" Dockerfile
else
  echo "== npm not found: Dockerfile linters skipped"
fi

if command -v yamllint >/dev/null; then
  run "yamllint k8s/" yamllint -s -d '{extends: default, rules: {line-length: {max: 120}, document-start: disable}}' k8s/
else
  echo "== yamllint not found (apt-get install yamllint): skipped"
fi

if command -v kubectl >/dev/null; then
  run "kubectl kustomize k8s/" sh -c 'kubectl kustomize k8s/ >/dev/null'
else
  echo "== kubectl not found: kustomization not rendered"
fi

exit $status
