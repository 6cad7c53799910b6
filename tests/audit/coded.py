"""parley's coded output of a corpus, for the audit scripts: from a saved
`parley code --format json` file, or by running parley over the corpus."""
import json
import os
import subprocess
import sys


def coded_documents(script, binary, corpus, saved=None):
    """The coded documents as dicts; exits with a message naming `script` if the corpus is missing."""
    if saved:
        with open(saved, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    else:
        if not os.path.exists(corpus):
            sys.exit(f"{script}: {corpus} not found; put the shared folder beside the repository "
                     "or pass --corpus")
        lines = subprocess.run([binary, "code", "--quiet", "--format", "json", corpus],
                               check=True, capture_output=True, text=True).stdout.splitlines()
    return [json.loads(line) for line in lines if line.strip()]
