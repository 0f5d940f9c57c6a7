"""The editor for the selected items."""
from .panel import EditorPanel

__all__ = ["EditorPanel"]
