"""The desktop app: the only package that imports PySide6. No domain logic lives here."""
