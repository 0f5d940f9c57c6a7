"""Words for people: every problem code, file error and upload error as a sentence.

No Qt here, so the command line can use it. The texts are marked with ``QT_TRANSLATE_NOOP``
(a no-op defined below) so that ``pyside6-lupdate`` collects them into translations/*.ts;
``ui/messages.py`` passes them through ``QCoreApplication.translate`` at run time.
Placeholders are ``{name}`` fields filled from the problem's parameters.
"""
from __future__ import annotations

import string

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


PROBLEMS: dict[str, str] = {
    "file-missing": QT_TRANSLATE_NOOP("Messages", "The file is not there any more. Put it back, or remove it from the batch."),
    "file-unreadable": QT_TRANSLATE_NOOP("Messages", "The file cannot be read ({reason}). Check that it is not open elsewhere and that you may read it."),
    "file-empty": QT_TRANSLATE_NOOP("Messages", "The file is empty (0 bytes). Copy it again from the camera or the source."),
    "file-unknown-type": QT_TRANSLATE_NOOP("Messages", "This is not a kind of file Commons accepts (its content is not an image, sound, video or document we recognise)."),
    "file-truncated": QT_TRANSLATE_NOOP("Messages", "The file seems cut short: the end of the image is missing. Copy it again from the source if you can."),
    "file-corrupt": QT_TRANSLATE_NOOP("Messages", "The file is damaged and cannot be opened as an image ({reason}). Copy it again from the source."),
    "file-too-many-pixels": QT_TRANSLATE_NOOP("Messages", "The image says it is {width} × {height} pixels, more than {limit} pixels: it may be a decompression bomb. It was not opened."),
    "extension-mismatch": QT_TRANSLATE_NOOP("Messages", "The file name ends in .{extension} but the file is really {detected}. It will be uploaded as .{detected}."),
    "exif-unreadable": QT_TRANSLATE_NOOP("Messages", "The camera data (EXIF) in this file cannot be read ({reason}); the date and location must be entered by hand."),
    "exif-value-ignored": QT_TRANSLATE_NOOP("Messages", "The camera data field {tag} holds an impossible value ({value}); it was ignored."),
    "file-name-control-chars": QT_TRANSLATE_NOOP("Messages", "The file name contains invisible control or text-direction characters; they are left out of the title."),
    "date-only-modified": QT_TRANSLATE_NOOP("Messages", "The file says only when it was last changed ({modified}), not when the photo was taken. Give the date, or leave it empty."),
    "title-missing": QT_TRANSLATE_NOOP("Messages", "The file has no title. Give it a title that says what the picture shows."),
    "title-too-long": QT_TRANSLATE_NOOP("Messages", "The title is {bytes} bytes long; Commons allows {limit}. Shorten it (letters outside Latin take 2-4 bytes each)."),
    "title-too-short": QT_TRANSLATE_NOOP("Messages", "The title is too short ({length} characters; at least {minimum}). Say what the picture shows."),
    "title-forbidden-chars": QT_TRANSLATE_NOOP("Messages", "The title contains characters that cannot be in a file name: {chars}. Remove or replace them."),
    "title-control-chars": QT_TRANSLATE_NOOP("Messages", "The title contains invisible characters ({chars}). Retype the title."),
    "title-camera-name": QT_TRANSLATE_NOOP("Messages", "\u201c{title}\u201d looks like a name a camera gives; Commons refuses those. Give a title that says what the picture shows."),
    "title-not-nfc": QT_TRANSLATE_NOOP("Messages", "The title is not in the normal Unicode form; it will be normalised."),
    "title-extension-wrong": QT_TRANSLATE_NOOP("Messages", "The title ends in .{extension} but the file is .{expected}."),
    "title-duplicate-in-batch": QT_TRANSLATE_NOOP("Messages", "Another file of this batch has the same title ({other}). Make the titles different, e.g. with {{n}} in the title pattern."),
    "title-pattern-unknown-field": QT_TRANSLATE_NOOP("Messages", "The title pattern uses {{{field}}}, which is not a known field."),
    "title-pattern-invalid": QT_TRANSLATE_NOOP("Messages", "The title pattern \u201c{pattern}\u201d cannot be used: check its braces {{ }} and field names."),
    "file-duplicate-in-batch": QT_TRANSLATE_NOOP("Messages", "This file is the same as {other} in this batch (same content). Remove one of them."),
    "title-blacklisted": QT_TRANSLATE_NOOP("Messages", "The wiki does not allow this title ({reason}). Choose a more descriptive title."),
    "title-exists": QT_TRANSLATE_NOOP("Messages", "A different file with this title is already on the wiki: {url}. Choose another title."),
    "license-missing": QT_TRANSLATE_NOOP("Messages", "No licence is chosen. Choose the licence the author gave."),
    "license-unknown": QT_TRANSLATE_NOOP("Messages", "The licence \u201c{license}\u201d is not one this app knows. Choose one from the list."),
    "license-own-work-only": QT_TRANSLATE_NOOP("Messages", "The licence {license} is only for your own work, but the source names someone else. Choose the licence the source gave."),
    "author-missing": QT_TRANSLATE_NOOP("Messages", "No author is given. Name the photographer or creator."),
    "source-missing": QT_TRANSLATE_NOOP("Messages", "No source is given. Say where the file comes from (a museum, a book, a web address)."),
    "description-missing": QT_TRANSLATE_NOOP("Messages", "There is no description. Add one in at least one language."),
    "language-unknown": QT_TRANSLATE_NOOP("Messages", "\u201c{language}\u201d is not a language code Commons knows."),
    "language-invalid": QT_TRANSLATE_NOOP("Messages", "\u201c{language}\u201d cannot be a language code. Use a code like en, tr or ar."),
    "date-invalid": QT_TRANSLATE_NOOP("Messages", "\u201c{value}\u201d is not a date. Write it as YYYY-MM-DD, YYYY-MM or YYYY."),
    "date-in-future": QT_TRANSLATE_NOOP("Messages", "The date {value} is in the future. Check the camera's clock."),
    "category-missing": QT_TRANSLATE_NOOP("Messages", "The file has no category. Add at least one so people can find it."),
    "category-invalid": QT_TRANSLATE_NOOP("Messages", "\u201c{category}\u201d cannot be a category name."),
    "depicts-invalid": QT_TRANSLATE_NOOP("Messages", "\u201c{value}\u201d is not a Wikidata item id (like Q42)."),
    "location-invalid": QT_TRANSLATE_NOOP("Messages", "The location {latitude}, {longitude} is not on Earth's map. Check latitude (−90…90) and longitude (−180…180)."),
    "template-invalid": QT_TRANSLATE_NOOP("Messages", "\u201c{template}\u201d is not a single, complete template."),
    "sdc-value-invalid": QT_TRANSLATE_NOOP("Messages", "\u201c{value}\u201d cannot be used for {field} in structured data. Give a Wikidata item id (like Q42), a web address starting with https://, or a user name, as the field asks."),
    "inventory-without-collection": QT_TRANSLATE_NOOP("Messages", "The inventory number {value} is written to structured data only with the collection it belongs to. Add the collection's Wikidata item."),
    "caption-too-long": QT_TRANSLATE_NOOP("Messages", "The caption in {language} is {length} characters long; Commons allows {limit}. Shorten it: the description can say more."),
    "duplicate-on-wiki": QT_TRANSLATE_NOOP("Messages", "This exact file is already on the wiki as {title}: {url}. It will not be uploaded again."),
    "filetype-not-allowed": QT_TRANSLATE_NOOP("Messages", "The wiki does not accept .{extension} files."),
    "file-too-large": QT_TRANSLATE_NOOP("Messages", "The file is {size} bytes; the wiki accepts at most {limit}."),
    "sha1-changed": QT_TRANSLATE_NOOP("Messages", "The file changed on disk since it was imported. Import it again."),
    "file-changed": QT_TRANSLATE_NOOP("Messages", "The file changed on disk since it was imported ({changed}). Its facts were read again and the new file will be sent; check that the title and description still fit."),
    "new-version-invalid": QT_TRANSLATE_NOOP("Messages", "\u201c{value}\u201d is not the name of a file on the wiki. Give the file to replace as File:Name.jpg, or clear the field to upload a new file."),
    "new-version-missing": QT_TRANSLATE_NOOP("Messages", "There is no file {title} on the wiki to replace. Check the name, or clear \u201cnew version of\u201d to upload a new file."),
    "new-version-extension": QT_TRANSLATE_NOOP("Messages", "A new version keeps the file type: {title} is .{expected}, this file is .{extension}. Upload it as a new file instead."),
    "new-version-not-allowed": QT_TRANSLATE_NOOP("Messages", "This file is marked as a new version of {title}. Run upload with --new-versions to replace that file, or clear the mark."),
    "privacy-invalid": QT_TRANSLATE_NOOP("Messages", "\u201c{value}\u201d is not a privacy choice. Use \u201clocation\u201d (remove the place) or \u201ccamera\u201d (remove all camera data), or leave it empty."),
    "privacy-unsupported-type": QT_TRANSLATE_NOOP("Messages", "The location or camera data cannot be removed from a .{kind} file without changing its pixels ({detail}). Remove it with another program, or clear the privacy choice."),
    "rotate-unsupported": QT_TRANSLATE_NOOP("Messages", "A .{kind} file cannot be turned without changing its pixels: only JPEG photos are turned, by their orientation tag. Turn it in a photo editor and import it again, or set the turn back to none."),
    "rotate-failed": QT_TRANSLATE_NOOP("Messages", "The photo could not be turned: {reason}. Export it again from the camera or editor, or set the turn back to none."),
    "privacy-damaged-file": QT_TRANSLATE_NOOP("Messages", "The file is damaged where its camera data is kept ({detail}), so no cleaned copy could be made. Export it again from the camera or editor."),
    "category-not-on-wiki": QT_TRANSLATE_NOOP("Messages", "There is no category \u201c{category}\u201d on the wiki. Did you mean \u201c{suggestion}\u201d?"),
    "category-not-on-wiki-nothing-close": QT_TRANSLATE_NOOP("Messages", "There is no category \u201c{category}\u201d on the wiki. Check the spelling, choose an existing category, or create this one first."),
    "category-redirected": QT_TRANSLATE_NOOP("Messages", "The category \u201c{category}\u201d was moved to \u201c{target}\u201d. Use \u201c{target}\u201d instead."),
    "depicts-unverified": QT_TRANSLATE_NOOP("Messages", "{value} could not be confirmed as a Wikidata item (not found, or Wikidata could not be reached and it is not in the lookups cache). Check the Q-id."),
}

FILE_ERRORS: dict[str, str] = {
    "not-found": QT_TRANSLATE_NOOP("Messages", "The file does not exist."),
    "unreadable": QT_TRANSLATE_NOOP("Messages", "The file cannot be read ({reason})."),
    "yaml-syntax": QT_TRANSLATE_NOOP("Messages", "The batch file is damaged or was changed by hand in a way the app cannot read ({reason}). Open its last good copy (the same name ending in .bak, beside it), or undo the hand edit in a text editor."),
    "yaml-unsafe": QT_TRANSLATE_NOOP("Messages", "The batch file holds an instruction that could run a program ({reason}), so it was not read. If you did not put it there, use the last good copy (the same name ending in .bak)."),
    "yaml-alias": QT_TRANSLATE_NOOP("Messages", "The batch file uses shorthand (& and * marks) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak)."),
    "yaml-merge": QT_TRANSLATE_NOOP("Messages", "The batch file uses a shorthand merge (<<) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak)."),
    "too-large": QT_TRANSLATE_NOOP("Messages", "The file is too large to be a batch ({size} bytes)."),
    "value-too-long": QT_TRANSLATE_NOOP("Messages", "A value here is {size} bytes long; no field of a batch is longer than {limit}. Remove it in a text editor, or restore a copy."),
    "wrong-kind": QT_TRANSLATE_NOOP("Messages", "This is not a {expected} file."),
    "format-unknown": QT_TRANSLATE_NOOP("Messages", "The file has format {format}; this version of the app reads format {supported}. Update the app."),
    "field-invalid": QT_TRANSLATE_NOOP("Messages", "The field \u201c{field}\u201d should be {expected}."),
    "table-damaged": QT_TRANSLATE_NOOP("Messages", "The spreadsheet cannot be read ({reason}). Open it in your spreadsheet program and save it again as CSV, XLSX or ODS."),
    "table-no-header": QT_TRANSLATE_NOOP("Messages", "The spreadsheet has no header row. Its first row should name the columns (for example \u201caccession number\u201d, \u201ctitle\u201d)."),
}

#: why one file was not uploaded, by ``UploadOutcome.error`` (see wiki/upload.py); the wiki's own
#: words follow in brackets
UPLOAD_ERRORS: dict[str, str] = {
    "no-page-id": QT_TRANSLATE_NOOP("Messages", "The wiki has not yet given the number of the new file page, so its captions and statements could not be written now."),
    "title-exists": QT_TRANSLATE_NOOP("Messages", "A different file already has this title on the wiki. Choose another title."),
    "title-blacklisted": QT_TRANSLATE_NOOP("Messages", "The wiki does not allow this title. Choose a more descriptive title."),
    "title-forbidden-chars": QT_TRANSLATE_NOOP("Messages", "The title has characters a file name on the wiki cannot have. Change the title."),
    "title-too-short": QT_TRANSLATE_NOOP("Messages", "The title is too short for the wiki. Give a longer, descriptive title."),
    "title-too-long": QT_TRANSLATE_NOOP("Messages", "The title is too long for the wiki. Shorten it."),
    "title-extension-wrong": QT_TRANSLATE_NOOP("Messages", "The title has no file extension the wiki accepts for this file. Check the file type."),
    "filetype-not-allowed": QT_TRANSLATE_NOOP("Messages", "The wiki does not accept this type of file."),
    "filetype-unwanted-type": QT_TRANSLATE_NOOP("Messages", "The wiki discourages this type of file. Convert it to a preferred format."),
    "verification-error": QT_TRANSLATE_NOOP("Messages", "The wiki found the file's content does not match its type, or it is damaged."),
    "file-too-large": QT_TRANSLATE_NOOP("Messages", "The file is larger than the wiki accepts."),
    "file-empty": QT_TRANSLATE_NOOP("Messages", "The file is empty. Check that it was copied completely."),
    "file-missing": QT_TRANSLATE_NOOP("Messages", "The file is no longer where it was imported from. Put it back, or remove it from the batch."),
    "duplicate-on-wiki": QT_TRANSLATE_NOOP("Messages", "This exact file is already on the wiki."),
    "was-deleted": QT_TRANSLATE_NOOP("Messages", "A file with this title was deleted from the wiki before. Check why before uploading again."),
    "duplicate-archive": QT_TRANSLATE_NOOP("Messages", "This exact file was uploaded before and deleted. Check why before uploading again."),
    "bad-prefix": QT_TRANSLATE_NOOP("Messages", "The title starts like a camera file name. Give a descriptive title."),
    "badfilename": QT_TRANSLATE_NOOP("Messages", "The wiki changed the title because it had characters a file name cannot have."),
    "thumb": QT_TRANSLATE_NOOP("Messages", "The file looks like a thumbnail of another file. Upload the full-size original."),
    "thumb-name": QT_TRANSLATE_NOOP("Messages", "The title looks like a thumbnail's name (it starts with a size). Change the title."),
    "uploaddisabled": QT_TRANSLATE_NOOP("Messages", "Uploads are switched off on this wiki."),
    "upload-refused": QT_TRANSLATE_NOOP("Messages", "The wiki refused the file without saying why. Try again later, or upload it by hand to see the reason."),
    "ratelimited": QT_TRANSLATE_NOOP("Messages", "The wiki asked us to slow down (rate limit) and the file was tried several times. Upload again later to go on."),
    "maxlag": QT_TRANSLATE_NOOP("Messages", "The wiki's servers were too busy and the file was tried several times. Upload again later to go on."),
    "readonly": QT_TRANSLATE_NOOP("Messages", "The wiki is read-only for maintenance. Upload again later to go on."),
    "stashfailed": QT_TRANSLATE_NOOP("Messages", "The wiki could not keep the file's pieces (chunks). Upload again to go on."),
    "badtoken": QT_TRANSLATE_NOOP("Messages", "The login session ended and could not be renewed in time. Upload again to go on."),
    "network": QT_TRANSLATE_NOOP("Messages", "The wiki could not be reached. Check the connection; the upload can be resumed."),
    "not-logged-in": QT_TRANSLATE_NOOP("Messages", "You are not logged in, or the session expired. Log in again."),
}


def _fill(template: str, params: dict) -> str:
    """Fill ``{name}`` fields; a missing parameter stays visible instead of raising."""
    class _Keep(dict):
        def __missing__(self, key: str) -> str:
            return "{" + key + "}"
    return string.Formatter().vformat(template, (), _Keep({k: _show(v) for k, v in params.items()}))


def _show(value: object) -> str:
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(str(v) for v in value)
    return str(value)


def problem_text(code: str, params: dict, translate=lambda text: text) -> str:
    template = PROBLEMS.get(code)
    if template is None:
        return code + (" " + repr(params) if params else "")
    return _fill(translate(template), params)


def file_error_text(code: str, params: dict, translate=lambda text: text) -> str:
    return _fill(translate(FILE_ERRORS.get(code, code)), params)


#: for an error code the app has no words for: the wiki's code and text, and what to do
UNKNOWN_UPLOAD_ERROR = QT_TRANSLATE_NOOP("Messages", "The wiki answered with an error the app does not know ({code}). Upload again later; if it stays, upload this file by hand to see more.")


def upload_error_text(code: str, info: str = "", translate=lambda text: text, *, kind: str = "") -> str:
    """What stopped a file. The wiki's error codes, and the problems found on this computer just
    before sending (no cleaned copy could be made, the file went unreadable), which are no wiki's."""
    template = UPLOAD_ERRORS.get(code)
    if template is None and code in PROBLEMS:
        return _fill(translate(PROBLEMS[code]), {"detail": info, "reason": info, "kind": kind})
    if template is None:
        return _fill(translate(UNKNOWN_UPLOAD_ERROR), {"code": code}) + (f" ({info})" if info else "")
    return translate(template) + (f" ({info})" if info else "")
