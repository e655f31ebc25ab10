#!/usr/bin/env bash
# Print the path of a CPython interpreter for one minor version (e.g. 3.10), or
# fail. pyenv's shims answer "command not found" for versions outside the global
# setting, so the installed versions are looked up directly as well.
set -euo pipefail
want=${1:?usage: tools/find_python.sh 3.X}
for candidate in "python$want" ; do
  if path=$(command -v "$candidate" 2>/dev/null) && "$path" -c 'pass' 2>/dev/null; then
    echo "$path"; exit 0
  fi
done
if command -v pyenv >/dev/null 2>&1; then
  for dir in "$(pyenv root)"/versions/"$want".*; do
    if [ -x "$dir/bin/python$want" ]; then echo "$dir/bin/python$want"; exit 0; fi
  done
fi
exit 1
