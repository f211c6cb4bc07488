#!/bin/sh
# Score the extractor of one commit on gold folders, without checking it out:
#   scripts/score_at.sh COMMIT DIR [DIR...] [-- kg evaluate options]
# The commit's kg/ and ontology/ are unpacked to /tmp/dipkg-at-COMMIT and run with this checkout's
# Python (its venv); the folders are scored together as one set by `kg evaluate`.
set -e
commit=$1; shift
here=$(cd "$(dirname "$0")/.." && pwd)
at=/tmp/dipkg-at-$commit
if [ ! -d "$at/kg" ]; then
    mkdir -p "$at"
    git -C "$here" archive "$commit" kg ontology | tar -x -C "$at"
fi
args=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do args="$args --gold $(cd "$1" && pwd)"; shift; done
[ "$1" = "--" ] && shift
python=${PYTHON:-$here/.venv/bin/python}
# python -c puts the current directory first on the path: run from the unpacked commit
cd "$at"
# shellcheck disable=SC2086
PYTHONPATH=$at "$python" -c 'import sys; from kg.cli import run; sys.argv = ["kg"] + sys.argv[1:]; run()' \
    evaluate $args "$@"
