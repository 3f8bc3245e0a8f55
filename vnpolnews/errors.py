"""The one hierarchy of errors vnpolnews raises.

Every error the library raises on purpose derives from :class:`VnpolnewsError`, so a pipeline
can catch them all with one ``except``; each subclass says whose mistake it was.

>>> import vnpolnews
>>> try:
...     vnpolnews.extract(None)
... except vnpolnews.InputError as error:
...     print(type(error).__name__)
InputError
"""

from __future__ import annotations

__all__ = [
    "DocumentTooLargeError",
    "EncodingError",
    "GazetteerError",
    "InputError",
    "OptionError",
    "VnpolnewsError",
]


class VnpolnewsError(Exception):
    """Base of every error vnpolnews raises on purpose.

    >>> issubclass(InputError, VnpolnewsError)
    True
    """


class InputError(VnpolnewsError, TypeError):
    """The document itself is unusable: not text, not bytes, not HTML we can read.

    >>> isinstance(InputError("text must be str"), TypeError)
    True
    """


class EncodingError(InputError, ValueError):
    """Bytes or text in an encoding we cannot or will not decode (it names the one it looks like).

    >>> str(EncodingError("looks like TCVN3"))
    'looks like TCVN3'
    """


class DocumentTooLargeError(InputError, ValueError):
    """The document is larger than the configured limit (``max_chars``).

    >>> issubclass(DocumentTooLargeError, InputError)
    True
    """


class OptionError(VnpolnewsError, ValueError):
    """A keyword option has a wrong value: an unknown ``lang``, a ``published`` that is no date.

    >>> isinstance(OptionError("lang must be 'vi' or 'en'"), ValueError)
    True
    """


class GazetteerError(VnpolnewsError, ValueError):
    """A gazetteer file or row is invalid; the message names the file and the line.

    >>> str(GazetteerError("provinces.tsv:12: bad date"))
    'provinces.tsv:12: bad date'
    """
