"""The strings a page's content stream shows, in order: what the pdfium reader needs where PDFium cannot say a
glyph's character (a font it substitutes lacks the glyph), so that such a page is not read again whole by pdfminer.

Only the top-level stream is read (text inside a form XObject is a form object for PDFium, never a top-level text
object). Each text-showing operator (`Tj`, `TJ`, `'`, `"`) that shows at least one string gives one `Shown`: the
font resource in force (`Tf`, saved and restored by `q`/`Q`) and its strings (a `TJ` array's numbers are
positioning). A stream this scanner cannot read with certainty (an inline image, an unclosed string or array)
gives None, and the caller reads the page another way.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

#: One token of a content stream, after the white space and comments before it: a number (as `float` reads it,
#: ended by a delimiter), a string opened (read by `_literal`), a hex string, a delimiter, a name, any other word
#: (an operator, or a number written another way), or the end of the stream. One match per token: the scan runs on
#: every page with a glyph PDFium cannot say, and tokens are most of its time. A comment runs to the end of its line
#: (PDF 32000 7.2.4), read possessively (`*+`): never cut short so that its text is read as a token.
_TOKEN = re.compile(rb"""
    \s*(?:%[^\r\n]*+\s*)*
    (?:
        (?P<number>[+-]?(?:\d+\.?\d*|\.\d+))(?![^\s()<>\[\]{}/%])
      | (?P<open>\()
      | (?P<hex><(?!<)[0-9A-Fa-f\s]*>)
      | (?P<delim><<|>>|\[|\]|\{|\})
      | (?P<name>/[^\s()<>\[\]{}/%]*)
      | (?P<word>[^\s()<>\[\]{}/%]+)
      | (?P<end>\Z)
    )
""", re.VERBOSE)
#: A run of operators that neither set the font, spacing or scaling nor show text (paths, colours, matrices, text
#: positioning), each after its numbers, outside any array: skipped in one match, as their operands would be dropped
#: anyway. Not a word `float` may read (`_NUMBER_STARTS`), nor `BI` (an inline image makes the stream unreadable).
#: A comment is read whole as in `_TOKEN` (`/F1 %c` + newline + `9 Tf`: `c` is no operator, the font is kept).
_PLAIN_OPERATORS = re.compile(rb"""
    (?:
        \s*(?:%[^\r\n]*+\s*)*
        (?:[+-]?(?:\d+\.?\d*|\.\d+)\s+(?:%[^\r\n]*+\s*)*)*
        (?!(?:q|Q|Tf|Tc|Tw|Tz|Ts|Tj|TJ|BI)(?![^\s()<>\[\]{}/%]))
        [A-HJ-MO-Za-hj-mo-z*][^\s()<>\[\]{}/%]*(?![^\s()<>\[\]{}/%])
    )+
""", re.VERBOSE)
#: The two commonest shapes of the operators the scan keeps, each read in one match instead of token by token (most
#: of the scan's time is its loop over tokens): a font set by `/Name size Tf`, and a literal string without nested
#: parentheses shown by `Tj` (escapes are undone by `_unescaped`). Anything else (comments between the operands, a
#: nested parenthesis, a hex string, `TJ`) is read token by token as before, with the same result.
_SET_FONT = re.compile(rb"\s*/([^\s()<>\[\]{}/%]*)\s+[+-]?(?:\d+\.?\d*|\.\d+)\s+Tf(?![^\s()<>\[\]{}/%])")
_SHOW_STRING = re.compile(rb"\s*\(((?:[^()\\]|\\.)*)\)\s*Tj(?![^\s()<>\[\]{}/%])", re.DOTALL)
#: An escape in a literal string: up to three octal digits, an end of line continued, or one character.
_ESCAPE = re.compile(rb"\\(?:([0-7]{1,3})|\r\n?|\n|(.))", re.DOTALL)
#: An escape Python's `codecs.escape_decode` reads otherwise than PDF (or warns about): a character PDF takes for
#: itself (`\(`, `\x`, `\a`: Python keeps the backslash or reads more), a backslash before CR, or three octal
#: digits over 0o377 (PDF keeps the low byte). Python reads the others (octal, `\n \r \t \b \f \\`, a backslash
#: before LF) as PDF does.
_ESCAPE_DECODE_DIFFERS = re.compile(rb"\\(?:[^0-7nrtbf\\\n]|[4-7][0-7]{2})", re.DOTALL)
#: Inside a literal string: the characters that end or nest it, or start an escape.
_SPECIAL = re.compile(rb"[()\\]")
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f",
            ord("("): b"(", ord(")"): b")", ord("\\"): b"\\"}
#: Operators that change character or word spacing, horizontal scaling or rise, with the operand value that
#: leaves the text as without them.
_SPACING = {b"Tc": 0.0, b"Tw": 0.0, b"Tz": 100.0, b"Ts": 0.0}


@dataclass(frozen=True)
class Shown:
    """One text-showing operator: the font resource's name, its strings, whether a `TJ` array moved a string by a
    number."""

    font: str
    strings: tuple[bytes, ...]
    kerned: bool

    @property
    def data(self) -> bytes:
        return b"".join(self.strings)


@dataclass(frozen=True)
class PageText:
    """The strings a stream shows, and whether it ever changes spacing, scaling or rise (`_SPACING`)."""

    shown: list[Shown]
    spaced: bool


class _Unreadable(Exception):
    pass


def _literal(data: bytes, start: int) -> tuple[bytes, int]:
    """The literal string opened at `start - 1` → (its bytes, the position after its closing parenthesis)."""
    out = bytearray()
    depth, pos = 1, start
    while True:
        match = _SPECIAL.search(data, pos)
        if match is None:
            raise _Unreadable("unclosed string")
        out += data[pos:match.start()]
        char = data[match.start()]
        pos = match.end()
        if char == 0x5C:  # backslash
            if pos >= len(data):
                raise _Unreadable("unclosed string")
            nxt = data[pos]
            if nxt in _ESCAPES:
                out += _ESCAPES[nxt]
                pos += 1
            elif 0x30 <= nxt <= 0x37:  # up to three octal digits
                end = pos
                while end < len(data) and end - pos < 3 and 0x30 <= data[end] <= 0x37:
                    end += 1
                out.append(int(data[pos:end], 8) & 0xFF)
                pos = end
            elif nxt == 0x0D:  # a line continued: the end of line is no character
                pos += 2 if data[pos + 1:pos + 2] == b"\n" else 1
            elif nxt == 0x0A:
                pos += 1
            # any other escaped character stands for itself, backslash dropped (PDF 32000 7.3.4.2)
        elif char == 0x28:
            depth += 1
            out.append(char)
        else:
            depth -= 1
            if depth == 0:
                return bytes(out), pos
            out.append(char)


def _unescaped(body: bytes) -> bytes:
    """A literal string's bytes from its body between the parentheses, without nested parentheses, escapes undone
    as `_literal` undoes them."""
    if b"\\" not in body:
        return body
    if _ESCAPE_DECODE_DIFFERS.search(body) is None:  # escapes Python's own decoder reads as PDF does, in C
        return codecs.escape_decode(body)[0]
    return _ESCAPE.sub(_escape_value, body)


def _escape_value(match: re.Match[bytes]) -> bytes:
    octal, other = match.group(1), match.group(2)
    if octal is not None:
        return bytes((int(octal, 8) & 0xFF,))
    if other is None:  # an end of line continued: no character
        return b""
    return _ESCAPES.get(other[0], other)  # any other escaped character stands for itself


def _hex(token: bytes) -> bytes:
    digits = _WHITE.sub(b"", token[1:-1])
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits.decode("ascii"))


#: First bytes of a word `float` may read (a sign, a digit, a point, `inf`, `nan`): any other word is an operator,
#: and is not handed to `float` (whose error costs more than the rest of a token's reading).
_NUMBER_STARTS = frozenset(b"+-.0123456789iInN")
_WHITE = re.compile(rb"\s")


def _number(value: bytes) -> float | None:
    if not value or value[0] not in _NUMBER_STARTS:
        return None
    try:
        return float(value)
    except ValueError:
        return None


def shown_strings(data: bytes) -> PageText | None:
    """The text-showing operators of the content stream `data` in order; None when it cannot be read with
    certainty."""
    try:
        return _scan(data)
    except _Unreadable:
        return None


def _scan(data: bytes) -> PageText:
    shown: list[Shown] = []
    spaced = False
    font = ""
    saved: list[str] = []
    operands: list[object] = []
    stack: list[list[object]] = []  # open arrays and dictionaries
    pos, end = 0, len(data)
    match_token, match_plain = _TOKEN.match, _PLAIN_OPERATORS.match
    match_font, match_show = _SET_FONT.match, _SHOW_STRING.match
    while pos < end:
        if not stack:
            if (plain := match_plain(data, pos)) is not None:
                pos = plain.end()
                operands = []
                continue
            if (fast := match_show(data, pos)) is not None:
                pos = fast.end()
                if string := _unescaped(fast.group(1)):
                    shown.append(Shown(font, (string,), False))
                operands = []
                continue
            if (fast := match_font(data, pos)) is not None:
                pos = fast.end()
                font = fast.group(1).decode("latin-1")
                operands = []
                continue
        match = match_token(data, pos)
        if match is None:
            raise _Unreadable(f"no token at {pos}")
        pos = match.end()
        kind = match.lastgroup
        if kind == "number":
            (stack[-1] if stack else operands).append(float(match.group(kind)))
            continue
        if kind == "end":
            break
        token = match.group(kind)
        if kind == "open":
            value, pos = _literal(data, pos)
            (stack[-1] if stack else operands).append(value)
        elif kind == "hex":
            (stack[-1] if stack else operands).append(_hex(token))
        elif kind == "delim":
            if token in (b"[", b"<<"):
                stack.append([])
            elif token in (b"]", b">>"):
                if not stack:
                    raise _Unreadable("unbalanced array")
                closed = stack.pop()
                (stack[-1] if stack else operands).append(closed if token == b"]" else None)
            else:
                raise _Unreadable("procedure in a content stream")
        elif kind == "name":
            (stack[-1] if stack else operands).append(token[1:].decode("latin-1"))
        elif stack:
            stack[-1].append(_number(token))
        elif (number := _number(token)) is not None:
            operands.append(number)
        else:  # an operator
            if token == b"BI":
                raise _Unreadable("inline image")
            if token == b"q":
                saved.append(font)
            elif token == b"Q":
                font = saved.pop() if saved else font
            elif token == b"Tf" and len(operands) >= 2 and isinstance(operands[-2], str):
                font = operands[-2]  # type: ignore[assignment]
            elif token in _SPACING:
                value = operands[-1] if operands else None
                spaced = spaced or value != _SPACING[token]
            elif token in (b"Tj", b"'", b'"') and operands and isinstance(operands[-1], bytes):
                if token == b'"':
                    spaced = spaced or operands[0] != 0.0 or (len(operands) > 1 and operands[1] != 0.0)
                if operands[-1]:
                    shown.append(Shown(font, (operands[-1],), False))
            elif token == b"TJ" and operands and isinstance(operands[-1], list):
                parts = operands[-1]
                strings = tuple(p for p in parts if isinstance(p, bytes))
                if strings:
                    kerned = any(isinstance(p, float) and p != 0.0 for p in parts)
                    shown.append(Shown(font, strings, kerned))
            operands = []
    if stack:
        raise _Unreadable("unclosed array")
    return PageText(shown, spaced)
