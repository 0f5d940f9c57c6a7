"""The names of the files a user keeps, without loading what reads them (YAML is slow to import)."""
from __future__ import annotations

#: a batch file's name ends so
SUFFIX = ".glam.yaml"
