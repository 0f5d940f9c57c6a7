<?php
/**
 * Router for PHP's built-in web server running a GLAM Uploader sandbox wiki.
 *
 * Started by glamuploader.sandbox as
 *   php -S 127.0.0.1:PORT -t /usr/share/mediawiki router.php
 * with MW_CONFIG_FILE (the sandbox's LocalSettings.php) and GLAMUPLOADER_SANDBOX_IMAGES
 * (its upload directory) in the environment.
 *
 * - /images/... is served from the sandbox's upload directory (never from the Debian
 *   /usr/share/mediawiki/images symlink), refusing anything outside it;
 * - the MediaWiki entry points (api.php, index.php, load.php, rest.php, thumb.php, and "/")
 *   are run with SCRIPT_NAME set as MediaWiki expects;
 * - other existing files under the document root (skins, resources) are left to the
 *   built-in server, except PHP files, which are refused.
 */

$mwRoot = getenv('GLAMUPLOADER_SANDBOX_MW') ?: '/usr/share/mediawiki';
$uploads = getenv('GLAMUPLOADER_SANDBOX_IMAGES') ?: '';
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');

function glam_not_found(string $what): bool
{
    http_response_code(404);
    header('Content-Type: text/plain; charset=utf-8');
    echo "Not found: $what\n";
    return true;
}

const GLAM_TYPES = [
    'jpg' => 'image/jpeg', 'jpeg' => 'image/jpeg', 'png' => 'image/png', 'gif' => 'image/gif',
    'webp' => 'image/webp', 'tif' => 'image/tiff', 'tiff' => 'image/tiff',
    'svg' => 'image/svg+xml', 'pdf' => 'application/pdf', 'djvu' => 'image/vnd.djvu',
    'ogg' => 'application/ogg', 'oga' => 'audio/ogg', 'ogv' => 'video/ogg',
    'webm' => 'video/webm', 'mp3' => 'audio/mpeg', 'wav' => 'audio/wav', 'flac' => 'audio/flac',
];

if (str_starts_with($path, '/images/')) {
    $base = $uploads === '' ? false : realpath($uploads);
    $real = $base === false ? false : realpath($base . '/' . substr($path, strlen('/images/')));
    if ($real === false || !str_starts_with($real, $base . DIRECTORY_SEPARATOR) || !is_file($real)) {
        return glam_not_found($path);
    }
    $ext = strtolower(pathinfo($real, PATHINFO_EXTENSION));
    header('Content-Type: ' . (GLAM_TYPES[$ext] ?? 'application/octet-stream'));
    header('Content-Length: ' . filesize($real));
    header('X-Content-Type-Options: nosniff');
    readfile($real);
    return true;
}

$entryPoints = ['api.php', 'index.php', 'load.php', 'rest.php', 'thumb.php', 'opensearch_desc.php'];
$script = null;
$pathInfo = '';
if ($path === '/' || $path === '') {
    $script = 'index.php';
} else {
    foreach ($entryPoints as $candidate) {
        $prefix = '/' . $candidate;
        if ($path === $prefix) {
            $script = $candidate;
            break;
        }
        if (str_starts_with($path, $prefix . '/')) {
            $script = $candidate;
            $pathInfo = substr($path, strlen($prefix));
            break;
        }
    }
}

if ($script !== null) {
    $file = $mwRoot . '/' . $script;
    $_SERVER['SCRIPT_NAME'] = '/' . $script;
    $_SERVER['PHP_SELF'] = '/' . $script . $pathInfo;
    $_SERVER['SCRIPT_FILENAME'] = $file;
    if ($pathInfo !== '') {
        $_SERVER['PATH_INFO'] = $pathInfo;
    } else {
        unset($_SERVER['PATH_INFO']);
    }
    chdir($mwRoot);
    require $file;
    return true;
}

if (str_ends_with(strtolower($path), '.php')) {
    return glam_not_found($path);
}
if (is_file($mwRoot . $path)) {
    return false;  // a static file of MediaWiki (skins, resources): the built-in server sends it
}
return glam_not_found($path);
