"""Running uploads: Qt-free, reaching the wiki only through core.ports."""
