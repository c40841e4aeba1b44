"""decode_bytes: each encoding our sources use comes out as the same text, binary is refused."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from saylau.errors import EncodingError
from saylau.ingest import decode_bytes

RUSSIAN = "Партия AMANAT провела встречу с избирателями в Костанае."
KAZAKH = "AMANAT партиясы Ақмола облысында сайлаушылармен кездесу өткізді."


def test_utf8_is_decoded_as_is():
    assert decode_bytes(RUSSIAN.encode("utf-8"), "a.txt") == RUSSIAN


def test_utf8_byte_order_mark_is_dropped():
    assert decode_bytes(b"\xef\xbb\xbf" + KAZAKH.encode("utf-8"), "a.txt") == KAZAKH


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_byte_order_mark(codec):
    data = KAZAKH.encode(codec)
    if codec.endswith(("-le", "-be")):
        data = "\ufeff".encode(codec) + data
    assert decode_bytes(data, "a.txt") == KAZAKH


def test_short_cp1251_russian_is_read_as_cp1251():
    assert decode_bytes(RUSSIAN.encode("cp1251"), "a.txt") == RUSSIAN


def test_cp1251_with_typographic_quotes_and_dashes():
    text = "«Ақ жол» — нет: «Ак Жол» провела встречу… №5"
    text = text.replace("Ақ", "Ак")  # cp1251 has no қ
    assert decode_bytes(text.encode("cp1251"), "a.txt") == text


def test_kazakh_in_kz1048_keeps_its_letters():
    assert decode_bytes(KAZAKH.encode("kz1048"), "a.txt") == KAZAKH


def test_latin1_accents_are_not_mistaken_for_cyrillic():
    text = decode_bytes("Le café de la gare, déjà célèbre à Paris.".encode("latin-1"), "a.txt")
    assert "й" not in text and "щ" not in text


def test_newlines_become_line_feeds():
    assert decode_bytes(b"one\r\ntwo\rthree\n", "a.txt") == "one\ntwo\nthree\n"


def test_newlines_in_utf16_become_line_feeds():
    assert decode_bytes("один\r\nдва".encode("utf-16"), "a.txt") == "один\nдва"


def test_empty_bytes_give_empty_text():
    assert decode_bytes(b"", "a.txt") == ""


def test_nul_bytes_without_utf16_mark_mean_binary():
    with pytest.raises(EncodingError) as caught:
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "logo.txt")
    assert str(caught.value) == "logo.txt: binary file (not text)"


def test_mostly_control_characters_mean_binary():
    with pytest.raises(EncodingError) as caught:
        decode_bytes(bytes(range(1, 32)) * 10 + b"text", "blob.txt")
    assert (caught.value.source, caught.value.reason) == ("blob.txt", "binary file (not text)")


def test_a_few_tabs_and_form_feeds_are_still_text():
    assert decode_bytes(b"a\tb\fc", "a.txt") == "a\tb\fc"


def test_broken_utf16_after_its_mark_is_reported():
    with pytest.raises(EncodingError) as caught:
        decode_bytes(b"\xff\xfe" + "ок".encode("utf-16-le") + b"\x00\xd8", "a.txt")
    assert caught.value.reason == "invalid UTF-16-LE at byte 6"


printable_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff"),
    max_size=200,
)


@given(printable_text)
def test_any_utf8_text_comes_back_unchanged(text):
    assert decode_bytes(text.encode("utf-8"), "a.txt") == text


@given(printable_text)
def test_any_text_with_a_utf16_mark_comes_back_unchanged(text):
    assert decode_bytes(text.encode("utf-16"), "a.txt") == text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    "text", [RUSSIAN, KAZAKH, "AMANAT met voters in Kostanay.\n", "Ақ жол — «Әділет»\n"], ids=["ru", "kk", "en", "kk-quotes"]
)
def test_utf16_without_a_byte_order_mark_is_text_not_binary(codec, text):
    """Issue 13: a UTF-16 file saved without its mark was called binary."""
    assert decode_bytes(text.encode(codec), "a.txt") == text


@pytest.mark.parametrize(
    "data",
    [b"\x00\x01\x02 binary", bytes(range(256)) * 4, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(1, 200))],
    ids=["odd-length", "every-byte", "png-like"],
)
def test_bytes_with_nul_that_do_not_read_as_utf16_stay_binary(data):
    with pytest.raises(EncodingError, match="binary file"):
        decode_bytes(data, "a.bin")
