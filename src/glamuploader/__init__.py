"""GLAM Uploader: batch uploads from GLAM partnerships and events to Wikimedia Commons."""

__version__ = "0.1.0"
APP_NAME = "GLAM Uploader"
