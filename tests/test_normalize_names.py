"""clean_name and goal_part on real indicator names and goal labels (file and line cited per case)."""

from __future__ import annotations

import pytest

from normalize import clean_name
from normalize.goals import goal_part

NAMES = [
    # 001 line 11: wrapped name with stray spaces at the wraps
    ("将来の夢や希望の実現に 向け努力している児童・ 生徒の割合",
     "将来の夢や希望の実現に向け努力している児童・生徒の割合"),
    # 002 lines 500-501: name wrapped over two lines
    ("伊勢崎市で今後も子育てしたいと思う割\n合", "伊勢崎市で今後も子育てしたいと思う割合"),
    # 003 line 152, 196, 220, 324, 524: footnote marks in every printed form
    ("製造品出荷額等 ^{**}", "製造品出荷額等"),
    ("製造業の事業所数*", "製造業の事業所数"),
    ("ほ場*整備面積(累計)", "ほ場整備面積(累計)"),
    ("年少人口 [*]", "年少人口"),
    ("ミニデイサービス事業 [®] を実施している行政区 の割合", "ミニデイサービス事業を実施している行政区の割合"),
    # 003 line 434: wrap space inside a word
    ("高等教育機関との連携による公開講座参加 者数", "高等教育機関との連携による公開講座参加者数"),
    # 003 line 76: 口 read as a LaTeX square (certain repair)
    ("関係人 \\square の創出", "関係人口の創出"),
    # 004 line 930: ※ footnote mark; full-width letters fold
    ("生涯学習施設※", "生涯学習施設"),
    ("ＤＸ※の推進", "DXの推進"),
    # letter-spaced names of other exporters (issue 11): the spaces close, with digits between letters too
    ("転 入 者 数", "転入者数"),
    ("累 計", "累計"),
    ("第 2 期 計画の進捗率", "第2期計画の進捗率"),
    ("市⺠活動団体数", "市民活動団体数"),  # U+2EA0 CJK RADICAL CIVILIAN
    # 004's table exported by LibreOffice, through pdftotext -layout: a space between Western and Asian letters
    ("IT パスポート試験相当の研修を受講した職員の割合", "ITパスポート試験相当の研修を受講した職員の割合"),
    ("e スポーツ大規模大会の来場・視聴者数", "eスポーツ大規模大会の来場・視聴者数"),
    ("認知症高齢者見守りボランティア(オレンジ SUN)登録者数", "認知症高齢者見守りボランティア(オレンジSUN)登録者数"),
    # 004's table exported by LibreOffice, through pdftotext -layout: a name wrapped beside a Western letter or a
    # number joins without a space (the wrap is no space; the extractor's line break would otherwise become one)
    ("認知症高齢者見守りボランティア(オレンジ SUN)\n登録者数", "認知症高齢者見守りボランティア(オレンジSUN)登録者数"),
    ("市民\n1人当たりの公園面積", "市民1人当たりの公園面積"),
    # an English name wrapped between two words keeps its space (invented)
    ("Society\n5.0 cities", "Society 5.0 cities"),
    # 004's table drawn by reportlab with full-width digits, through pdftotext -layout: the cell wraps at any
    # character, inside the Latin word right after a Japanese letter; a longer Latin word's wrap stays a space
    ("認知症高齢者見守りボランティア(オレンジS\nUN)登録者数", "認知症高齢者見守りボランティア(オレンジSUN)登録者数"),
    ("地域のSDGs\nAction推進", "地域のSDGs Action推進"),  # invented
    # 004's table exported by LibreOffice, through pdftotext -layout: the gap between a kanji and the number after
    # it is the office program's (the source prints `市民１人当たり`, `週１回以上`)
    ("市民 1 人当たりの公園面積", "市民1人当たりの公園面積"),
    ("週 1 回以上社会参加する高齢者の割合", "週1回以上社会参加する高齢者の割合"),
    ("ホームページ 1 日当たりの閲覧数", "ホームページ1日当たりの閲覧数"),  # invented: after katakana likewise
    # 004 line 989: a space before a number after a particle stays (printed so in the source)
    ("がんの 75歳未満年齢調整死亡率", "がんの 75歳未満年齢調整死亡率"),
    # layouts 170: an outline letter numbering the name in a list, after a space or in brackets, is no part of it
    ("ア　新規就農者数", "新規就農者数"),
    ("ウ   観光入込客数", "観光入込客数"),
    ("（ア）年間出生数", "年間出生数"),
    ("(イ) 子育て支援センターの利用者数", "子育て支援センターの利用者数"),
    # invented: a katakana letter opening a word stays, and so does a letter-spaced name's first letter
    ("イ草の作付面積", "イ草の作付面積"),
    ("ス ポ ー ツ 施 設 の 利 用 者 数", "スポーツ施設の利用者数"),
]


@pytest.mark.parametrize(("raw", "expected"), NAMES, ids=[repr(r) for r, _ in NAMES])
def test_clean_name(raw: str, expected: str) -> None:
    assert clean_name(raw) == expected


GOALS = [
    ("１\nしごとの創生", "1 しごとの創生"),  # 002 lines 171-172
    ("1-1\n安定した雇用\nの創出", "1-1 安定した雇用の創出"),  # 002 lines 174-176
    ("①地域産業の活性\n化、付加価値の向上", "① 地域産業の活性化、付加価値の向上"),  # 002 lines 216-217
    ("基本目標1-1 安定した雇用の創出", "1-1 安定した雇用の創出"),  # 000 line 41 / 003 line 110
    ("具体的な施策② グローバル教育の推進", "② グローバル教育の推進"),  # 003 line 446
    ("重点施悪 1-3", "重点施策 1-3"),  # 004 line 820: 策 misread (certain repair)
]


@pytest.mark.parametrize(("raw", "expected"), GOALS, ids=[repr(r) for r, _ in GOALS])
def test_goal_part(raw: str, expected: str) -> None:
    assert goal_part(raw) == expected


@pytest.mark.parametrize(("raw", "name", "kind"), [
    # layouts 141: a kind label opens the name (a goal's KGI above its KPIs); it is no part of the name
    ("KGI：年間出生数", "年間出生数", "数値目標"),
    ("KPI①　子育て支援センターの利用者数", "子育て支援センターの利用者数", "KPI"),
    ("KPI 2 移住相談件数", "移住相談件数", "KPI"),
    ("ＫＧＩ　社会増減数", "社会増減数", "数値目標"),
    # no label: a code of levels is `_NAME_CODE`'s, a word glued to KPI is the name's
    ("KPI2-1-1 妊婦健診の受診率", "妊婦健診の受診率", None),
    ("KPI達成率", "KPI達成率", None),
    # layouts 167 -plumber: a box's label merged down beside its nested table, printed on the first row's line
    ("成果指標 妊婦健康診査の受診率", "妊婦健康診査の受診率", "成果指標"),
    ("成果指標の達成率", "成果指標の達成率", None),  # invented: the word opening a name without a space is the name's
])
def test_kind_label_before_a_name(raw: str, name: str, kind: str | None) -> None:
    from normalize.text import name_kind

    assert (clean_name(raw), name_kind(raw)) == (name, kind)


@pytest.mark.parametrize(("raw", "name", "marks"), [
    # layouts 172: a revised plan's marks around a name are no part of it
    ("【新】町内企業のテレワーク導入事業所数", "町内企業のテレワーク導入事業所数", ["新"]),
    ("ふるさと納税の寄附件数（再掲）", "ふるさと納税の寄附件数", ["再掲"]),
    ("（新規）移住相談件数", "移住相談件数", ["新規"]),
    # a bracket that is no mark stays; a mark word inside a name stays
    ("企業誘致件数（累計）", "企業誘致件数(累計)", []),
    ("新規就農者数", "新規就農者数", []),
    ("新築住宅の着工数（新）", "新築住宅の着工数", ["新"]),
])
def test_revision_marks_around_a_name(raw: str, name: str, marks: list[str]) -> None:
    from normalize.text import name_marks

    assert (clean_name(raw), name_marks(raw)) == (name, marks)
