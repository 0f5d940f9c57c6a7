"""The PHP settings and title blacklist of a sandbox wiki.

``install.php`` writes a plain LocalSettings.php once; the sandbox appends one line to it
that includes ``GlamSandboxSettings.php``, which is rewritten at every start (so the port,
and any change made here, apply to a wiki that was installed earlier).
"""
from __future__ import annotations

from pathlib import Path

SETTINGS_FILE = "GlamSandboxSettings.php"
BLACKLIST_FILE = "titleblacklist.txt"
INCLUDE_MARKER = "// glamuploader sandbox settings"

#: extensions added to MediaWiki's defaults (png gif jpg jpeg webp), close to Commons' list
EXTRA_EXTENSIONS = (
    "tif", "tiff", "webp", "pdf", "svg", "gif", "png", "jpg", "jpeg", "djvu",
    "ogg", "oga", "ogv", "webm", "mp3", "wav", "flac", "xcf", "mid",
)

#: Commons-like title blacklist rules (see COMMONS.md section 5). Underscores in a rule
#: match spaces too (TitleBlacklist replaces them), so "IMG_1234.jpg" is caught.
BLACKLIST_RULES = (
    "# Title blacklist of a GLAM Uploader sandbox wiki, modelled on Commons' one.",
    "# Senseless camera names",
    r"File:DSC.\d+\.JPG <reupload>",
    r"File:I?MG[P_]?\d+\..*",
    r"File:DCP\d+.*",
    r"File:P[\dA-F]\d+.*",
    r"File:PIC[T_]?\d+.*",
    "# Control characters, BiDi marks, isolates and overrides, NBSP, soft hyphen, zero widths",
    "# (MediaWiki strips U+200E, U+200F, U+202A-U+202E and turns NBSP into a space itself)",
    r".*[\x{0000}-\x{001F}\x{007F}-\x{009F}\x{00A0}\x{00AD}\x{200B}-\x{200F}"
    r"\x{202A}-\x{202E}\x{2066}-\x{2069}\x{FEFF}].*",
)


def php_string(value: str) -> str:
    """``value`` as a single-quoted PHP string literal."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def blacklist_text() -> str:
    return "\n".join(BLACKLIST_RULES) + "\n"


def settings_text(*, state_dir: Path, port: int) -> str:
    """The PHP code of ``GlamSandboxSettings.php`` for a wiki served on ``port``."""
    images = state_dir / "images"
    tmp = state_dir / "tmp"
    extensions = ", ".join(php_string(ext) for ext in EXTRA_EXTENSIONS)
    relaxed = "['ip' => [1000, 60], 'newbie' => [1000, 60], 'user' => [1000, 60]]"
    return f"""<?php
// Written by glamuploader.sandbox at every start: changes here are overwritten.
$wgServer = 'http://127.0.0.1:{port}';
$wgCanonicalServer = $wgServer;

// Uploads, stored in the state directory and served by router.php under /images
$wgEnableUploads = true;
$wgUploadDirectory = {php_string(str(images))};
$wgUploadPath = '/images';
$wgTmpDirectory = {php_string(str(tmp))};
$wgFileExtensions = array_values(array_unique(array_merge($wgFileExtensions, [{extensions}])));
$wgMaxUploadSize = 1024 * 1024 * 1024;
// Chunks other than the last must be at least this big; small for tests with small files
$wgMinUploadChunkSize = 1024;
// Debian's installer points ImageMagick at /usr/local/bin/convert, which is not there
$wgUseImageMagick = false;

// Sessions must survive between requests of the built-in server (no memcached here)
$wgMainCacheType = CACHE_DB;
$wgSessionCacheType = CACHE_DB;
$wgParserCacheType = CACHE_DB;

// The API is always on since MediaWiki 1.32; kept for older wikis
$wgEnableAPI = true;
$wgEnableWriteAPI = true;

// Tests upload many files quickly; a bot password without the highvolume grant
// does not get noratelimit, even for a sysop
$wgRateLimits['upload'] = {relaxed};
$wgRateLimits['edit'] = {relaxed};
$wgRateLimits['move'] = {relaxed};

$wgEnableEmail = false;
$wgEmailAuthentication = false;
$wgEnableBotPasswords = true;
$wgGroupPermissions['user']['upload'] = true;
$wgGroupPermissions['user']['reupload'] = true;

// Commons-like title blacklist, read from a file so that no wiki page must be edited
wfLoadExtension('TitleBlacklist');
$wgTitleBlacklistSources = [
    'glamuploader' => ['type' => 'file', 'src' => {php_string(str(state_dir / BLACKLIST_FILE))}],
];
$wgTitleBlacklistCaching['expiry'] = 30;
// Sysops may override the blacklist by default; the sandbox admin is the test uploader,
// so it must meet the blacklist like a Commons user does
$wgGroupPermissions['sysop']['tboverride'] = false;

$wgShowExceptionDetails = true;
$wgDebugLogGroups['exception'] = {php_string(str(state_dir / "logs" / "exception.log"))};
"""


def include_line(*, state_dir: Path) -> str:
    """The line appended to LocalSettings.php that loads the rewritten settings."""
    return f"\n{INCLUDE_MARKER}\nrequire_once {php_string(str(state_dir / SETTINGS_FILE))};\n"


#: pages a new sandbox starts with: the categories the demo batch (glamuploader.samples) uses, so a
#: newcomer's first look at the demo is not six "no such category" warnings
START_PAGES = {
    "Category:GLAM Uploader demo": "Sample files uploaded by GLAM Uploader's demo.",
    "Category:Kazan Kremlin": "The Kazan Kremlin and what stands in it.",
    "Category:Maiden Tower (Baku)": "The Maiden Tower in the old city of Baku.",
}
