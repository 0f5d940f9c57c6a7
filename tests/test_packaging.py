"""How the package is declared: a plain install brings everything the window needs."""
from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_a_plain_install_brings_the_window_and_the_spreadsheet_readers():
    """`pip install glamuploader` without extras: `glamuploader` opened nothing but a traceback
    when PySide6 was only in the "gui" extra."""
    names = {d.split(">")[0].split("<")[0].split("=")[0].split("[")[0].strip().lower()
             for d in _project()["dependencies"]}
    assert {"pyside6-essentials", "pywikibot", "pillow", "openpyxl", "odfpy", "xlrd"} <= names
    pyside = next(d for d in _project()["dependencies"] if d.lower().startswith("pyside6"))
    assert ">=6.7" in pyside and "<6.12" in pyside           # tested from 6.7 to the 6.11 series


def test_the_installed_qt_is_within_the_declared_bounds():
    import PySide6
    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    assert (6, 7) <= (major, minor) < (6, 12)


def test_pip_install_without_extras_then_glamuploader_opens_the_window(tmp_path):
    """As a volunteer without the set-up script would: a fresh virtual environment, `pip install
    .` with no extras, then `glamuploader` with a bare environment from another folder. The
    window is up (the process runs its event loop) and nothing went to stderr but Qt's notes."""
    import subprocess
    import sys
    import time
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    done = subprocess.run([str(python), "-m", "pip", "install", "-q", str(ROOT)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    shipped = subprocess.run([str(python), "-c", "import glamuploader.ui.translations as t, os; "
                              "print(' '.join(sorted(os.listdir(t.TRANSLATIONS_DIR))))"],
                             capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"})
    for code in ("tr", "ru", "ar", "az", "kk", "ky", "uz", "tk", "tt", "ba", "cv", "sah", "crh", "ug"):
        assert f"glamuploader_{code}.qm" in shipped.stdout.split(), (code, shipped.stdout, shipped.stderr[-500:])
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    version = subprocess.run([str(venv / "bin" / "glamuploader"), "--version"], capture_output=True, text=True,
                             env=env, cwd=home, timeout=60)
    assert version.returncode == 0 and version.stdout.strip()
    window = subprocess.Popen([str(venv / "bin" / "glamuploader")], env=env, cwd=home,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(6)
        assert window.poll() is None, window.communicate()[1][-2000:]    # still up: the window is open
    finally:
        window.terminate()
        _out, err = window.communicate(timeout=30)
    lines = [line for line in err.splitlines() if line.strip() and "propagateSizeHints" not in line]
    assert not [line for line in lines if "Traceback" in line or "Error" in line], lines
