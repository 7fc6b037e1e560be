#!/bin/sh
# Builds match-cli (release, Swift runtime linked in) and installs it as
# PREFIX/bin/match-cli.
#
#   scripts/install.sh [PREFIX]      default: $PREFIX, else /usr/local
#
# The binary needs nothing of this checkout afterwards: the default rule set
# and policy are compiled in (Plugins/EmbedResources), the Swift runtime is
# linked statically. It needs GLPK's shared library (Debian: libglpk40,
# which libglpk-dev pulls in). SCRATCH names the build folder (default .build).
set -eu
cd "$(dirname "$0")/.."
PREFIX=${1:-${PREFIX:-/usr/local}}
SCRATCH=${SCRATCH:-.build}
swift build -c release --product match-cli --static-swift-stdlib --scratch-path "$SCRATCH"
BIN_DIR=$(swift build -c release --product match-cli --static-swift-stdlib --scratch-path "$SCRATCH" --show-bin-path)
install -d "$PREFIX/bin"
install -m 0755 "$BIN_DIR/match-cli" "$PREFIX/bin/match-cli"
echo "install.sh: installed $PREFIX/bin/match-cli ($("$PREFIX/bin/match-cli" --version))"
