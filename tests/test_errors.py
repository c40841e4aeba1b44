"""Error lines name their input escaped: a name cannot forge, colour or garble a line."""
from __future__ import annotations

import pytest

from saylau.errors import InputError, printable


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("news/a.txt", "news/a.txt"),
        ("Қостанай «Ауыл».txt", "Қостанай «Ауыл».txt"),
        ("x\nerror: forged", "x\\nerror: forged"),
        ("a\r\nb\tc", "a\\r\\nb\\tc"),
        ("\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m"),
        ("bad\udcffname", "bad\\xffname"),  # an undecodable byte of a file name
        ("lone\ud800", "lone\\ud800"),
        ("line\u2028sep\x85", "line\\u2028sep\\x85"),
    ],
)
def test_printable_escapes_what_a_terminal_would_act_on(text, shown):
    assert printable(text) == shown


def test_an_input_error_is_one_line_whatever_its_name_and_reason():
    error = InputError("news/x\nerror: all good.txt", 'bad "published": "\x1b]0;title\x07"')
    assert str(error) == 'news/x\\nerror: all good.txt: bad "published": "\\x1b]0;title\\x07"'
    assert error.source == "news/x\nerror: all good.txt"  # the value itself is kept for callers
