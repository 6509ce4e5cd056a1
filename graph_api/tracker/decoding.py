"""An export's bytes as text: UTF-8 (with or without a byte order mark), UTF-16 with one,
or the encoding a mapping names. Anything else is refused, naming where it stops being
readable: guessing an encoding would store mangled titles without a word."""

import codecs

from graph_api.errors import FieldError, ValidationFailed

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_export(data: bytes, source: str, encoding: str = "utf-8") -> str:
    """``data`` as text. A byte order mark decides the encoding (and is dropped); without
    one, ``encoding`` does. VALIDATION names the line and byte that cannot be read."""
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            data, encoding = data[len(bom) :], bom_encoding
            break
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        byte = data[exc.start : exc.start + 1].hex()
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        where = f"line {line}, byte {column}"
        message = (
            f"byte 0x{byte} is not {encoding}: save the export as UTF-8, or name its "
            "encoding in the mapping (encoding: cp1252)"
        )
        raise ValidationFailed([FieldError(where, message)], f"{source} cannot be read") from exc
    except LookupError as exc:  # an encoding name Python does not know (mapping checks too)
        raise ValidationFailed(
            [FieldError("encoding", f"unknown encoding {encoding!r}")], f"{source} cannot be read"
        ) from exc


__all__ = ["decode_export"]
