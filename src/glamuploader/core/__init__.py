"""The pure domain of GLAM Uploader: standard library only (no Qt, pywikibot, Pillow or YAML)."""
