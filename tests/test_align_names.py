"""Name normalisation for alignment: sudachipy folds spelling variants; qualifiers and footnotes go."""

from __future__ import annotations

from align.names import extra_words, name_form


def test_kifu_spellings_fold_to_one_key():
    assert name_form("ふるさと納税寄付件数").key == name_form("ふるさと納税寄附件数").key


def test_kasho_spellings_fold():
    assert name_form("市内の避難所カ所数").key == name_form("市内の避難所箇所数").key


def test_cumulative_mark_and_footnotes_are_stripped():
    assert name_form("新規就農者数*(累計)").key == name_form("新規就農者数").key
    assert name_form("新規就農者数（累計）").key == name_form("新規就農者数").key
    assert name_form("放課後子供教室*数(累計)").key == name_form("放課後子供教室数").key
    assert name_form("刑法犯認知件数^{**}").key == name_form("刑法犯認知件数").key


def test_wrapped_names_and_full_width_digits():
    assert name_form("自分の住んでいる地域を誇りに思っている 児童・生徒の割合").key == \
        name_form("自分の住んでいる地域を誇りに思っている児童・生徒の割合").key
    assert name_form("３歳児健康診査受診率").key == name_form("3歳児健康診査受診率").key


def test_other_qualifiers_are_kept():
    assert name_form("従業者数（公務を除く）").key != name_form("従業者数").key
    assert name_form("製造業の従業者数").words == name_form("従業者数（製造業のみ）").words


def test_placeholder_is_no_name():
    assert name_form("-").empty and name_form("").empty and not name_form("出生数").empty


def test_extra_words_ignore_resegmentation_but_not_heads():
    a, b = name_form("防犯灯設置数").words, name_form("防犯灯の設置基数").words
    assert extra_words(a, b) == frozenset()
    births, waiting = name_form("出生数").words, name_form("保育施設待機児童数").words
    assert extra_words(births, waiting)  # 出生数 is not covered by the bare 数 of another name
