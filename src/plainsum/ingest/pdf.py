"""PDF: the text layer read with pypdf, then the abstract and sections found as in plain text.

A scanned (image-only) PDF has no text layer and a password-protected PDF cannot be opened: each
is refused with one line rather than summarised as nothing. A PDF encrypted only against
copying or printing (an empty user password) opens and is read; with AES (most publishers'
PDFs), only when the optional cryptography package is installed, else it is refused in one line.
"""

from __future__ import annotations

import io
import logging
import re
from typing import Any

from ..errors import InputError
from .fields import clean_doi
from .source import MIN_WORDS, Source, parse

MAX_PAGES = 200  # a paper is tens of pages; more is a book or a thesis
# pypdf logs every odd object it repairs; those are not the user's business.
logging.getLogger("pypdf").setLevel(logging.ERROR)

_ABSTRACT = re.compile(r"^\s*(abstract|summary)\s*:?\s*$|^\s*abstract\s*[:.]\s+", re.I | re.M)
_HYPHEN_BREAK = re.compile(r"(\w)-\n(\w)")


def extract_text(data: bytes, name: str) -> tuple[str, dict[str, str]]:
    """The text of every page and the document's metadata (title, author, subject).

    The file's creation date is not the paper's publication date, so no date is taken."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = bool(reader.decrypt(""))  # PasswordType.NOT_DECRYPTED is 0
            except (DependencyError, NotImplementedError):
                opened = False
            if not opened:
                raise InputError(
                    f"{name} is an encrypted PDF that needs a password; "
                    "save an unprotected copy (or its text) and give that"
                )
        if len(reader.pages) > MAX_PAGES:
            raise InputError(
                f"{name} has {len(reader.pages)} pages; plainsum reads PDFs up to {MAX_PAGES}"
            )
        pages = [page.extract_text() or "" for page in reader.pages]
        info: Any = reader.metadata or {}
        meta = {
            key: str(info.get(f"/{key}") or "").strip() for key in ("Title", "Author", "Subject")
        }
    except InputError:
        raise
    except DependencyError:  # AES: pypdf tries the empty password as it opens the file
        raise InputError(
            f"{name} is encrypted with AES, which plainsum opens only with the optional "
            "'cryptography' package (pip install cryptography); or give an unprotected copy"
        ) from None
    except FileNotDecryptedError:
        raise InputError(f"{name} is an encrypted PDF that needs a password") from None
    except (
        PdfReadError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        RecursionError,
        OSError,
        AssertionError,
        IndexError,
        ZeroDivisionError,
    ) as exc:
        raise InputError(f"{name} is not a readable PDF ({type(exc).__name__})") from None
    return "\n\n".join(pages), meta


def read_pdf_source(data: bytes, name: str, path: str | None, item_id: str | None) -> Source:
    """One paper from a PDF: title (metadata, else the first line), text from the abstract on."""
    text, meta = extract_text(data, name)
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    if len(text.split()) < MIN_WORDS:
        raise InputError(
            f"{name} has no text layer (a scanned or image-only PDF, {len(text.split())} words "
            "found); run OCR on it or give the text"
        )
    title = meta["Title"] or None
    if title and (len(title.split()) < 3 or title.lower().endswith((".doc", ".docx", ".pdf"))):
        title = None  # "untitled", "Microsoft Word - paper.docx": not a title
    start = _ABSTRACT.search(text)
    body = text[start.start() :] if start else text
    if title is None:
        first = next((line.strip() for line in text.splitlines() if len(line.split()) >= 3), "")
        title = first[:300] or None
        if title and not start:
            body = body.split(first, 1)[-1]
    authors = tuple(a.strip() for a in re.split(r";|,| and ", meta["Author"]) if a.strip())
    return parse(
        body,
        path=path,
        title=title,
        where=name,
        id=item_id,
        doi=clean_doi(meta["Subject"]) or clean_doi(text[:5000]),
        authors=authors,
        format="pdf",
    )
