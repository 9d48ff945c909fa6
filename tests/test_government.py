"""The issuing government read from a document's text (`ingest.government`), on small invented snippets.

Every expected code was looked up by hand in `ingest/data/governments.csv` and its check digit recomputed by hand
(weights 6,5,4,3,2; 11 minus the sum mod 11, last digit): e.g. 桐生市 10203 → 6+0+8+0+6 = 20, 20 mod 11 = 9,
11-9 = 2 → 102032.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ingest.government import (
    CODE_LIST,
    check_digit,
    code_list,
    identify,
    read_issuer,
    title_region_of_text,
    valid_code,
)
from ingest.model import Extraction
from ingest.registry import extract


def read(*lines: str) -> tuple[str | None, list[str]]:
    reading = identify(lines, title_region_of_text(lines))
    return reading.code, list(reading.warnings)


# --- the code list -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("code", "valid"), [
    ("102041", True),   # 伊勢崎市: 1*6+0+2*4+0+4*2 = 22, 22 mod 11 = 0, 11 → 1
    ("010006", True),   # 北海道: 0+1*5 = 5 → 6
    ("131016", True),   # 千代田区: 6+15+4+0+2 = 27, mod 11 = 5 → 6
    ("141003", True),   # 横浜市: 6+20+4 = 30, mod 11 = 8 → 3
    ("102042", False),  # wrong check digit
    ("10204", False),   # five digits only
    ("１０２０４１", False),  # full-width digits are not a code
])
def test_check_digit(code, valid):
    assert valid_code(code) is valid


def test_code_list_is_complete_and_checked():
    """47 prefectures and the 1,741 municipalities (792 cities incl. 20 designated, 743 towns, 183 villages,
    23 special wards), as 総務省 counts them; every code carries its check digit (checked on load)."""
    with CODE_LIST.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    kinds = [row["kind"] for row in rows]
    assert kinds.count("prefecture") == 47
    assert kinds.count("city") + kinds.count("designated_city") == 792
    assert kinds.count("designated_city") == 20
    assert (kinds.count("town"), kinds.count("village"), kinds.count("special_ward")) == (743, 183, 23)
    assert all(check_digit(row["code"][:5]) == row["code"][5] for row in rows)
    assert code_list().by_code["102041"].name == "伊勢崎市"


def test_a_damaged_code_list_is_refused(tmp_path: Path):
    bad = tmp_path / "governments.csv"
    bad.write_text("code,prefecture,county,name,kind,parent_code,alias\n102042,群馬県,,伊勢崎市,city,,\n",
                   encoding="utf-8")
    with pytest.raises(ValueError, match="check digit"):
        code_list(bad)


# --- prefixes: prefecture + city, county + town, special ward, ward of a designated city -------------------------

def test_prefecture_and_city_on_the_cover():
    code, warnings = read("第2期 桐生市まち・ひと・しごと創生総合戦略", "令和2年3月", "群馬県 桐生市")
    assert (code, warnings) == ("102032", [])


def test_a_name_printed_with_a_radical_code_point():
    # ⻑ (U+2ED1 CJK RADICAL LONG ONE) for 長, as some exporters write it: NFKC alone leaves it
    code, warnings = read("第2期 ⻑野市まち・ひと・しごと創生総合戦略", "令和2年3月", "⻑野県 ⻑野市")
    assert (code, warnings) == ("202011", [])  # 長野市 in the code list


def test_town_with_its_county_on_a_publisher_line():
    code, warnings = read(*[f"本文{i}行目" for i in range(20)],
                          "本町の転入者数は増加しています。", "発行：群馬県佐波郡玉村町 企画課")
    assert (code, warnings) == ("104647", [])


def test_special_ward_of_tokyo_is_the_issuer():
    assert read("東京都千代田区", "千代田区まち・ひと・しごと創生総合戦略") == ("131016", [])


def test_ward_of_a_designated_city_stands_for_the_city():
    """横浜市中区 (141046) is a ward; its plans are the city's: 横浜市 (141003)."""
    assert read("横浜市中区 地域別計画", "横浜市中区") == ("141003", [])
    assert read("大阪市北区まち・ひと・しごと創生総合戦略") == ("271004", [])  # 大阪市北区 271276 → 大阪市


def test_prefecture_document():
    code, warnings = read("群馬県版総合戦略", "令和2年3月", *["本文"] * 20,
                          "本県の人口は、伊勢崎市や太田市を中心に…", "群馬県")
    assert (code, warnings) == ("100005", [])


# --- names shared by several governments ----------------------------------------------------------------------

def test_shared_name_without_prefecture_is_not_guessed():
    code, warnings = read("府中市まち・ひと・しごと創生総合戦略", "令和2年3月")
    assert code is None
    assert "132063" in warnings[0] and "342084" in warnings[0] and "府中市" in warnings[0]


def test_shared_name_resolved_by_the_printed_prefecture():
    assert read("府中市まち・ひと・しごと創生総合戦略", "広島県府中市") == ("342084", [])
    assert read("北海道伊達市 人口ビジョン・総合戦略") == ("012335", [])
    assert read("福島県 伊達市 総合戦略") == ("072133", [])


def test_shared_name_resolved_where_the_document_prints_it_in_full():
    """The title prints the bare name; a publisher line further down prints it with its prefecture."""
    lines = ["府中市総合戦略", *[f"本文{i}" for i in range(20)], "発行 東京都府中市 政策総務部"]
    assert read(*lines) == ("132063", [])


def test_shared_town_name_resolved_by_its_county():
    """美里町 is a town in 宮城県 (遠田郡), 埼玉県 (児玉郡) and 熊本県 (下益城郡)."""
    assert read("遠田郡美里町 まち・ひと・しごと創生総合戦略") == ("045055", [])
    code, warnings = read("美里町 まち・ひと・しごと創生総合戦略")
    assert code is None and "045055" in warnings[0] and "113816" in warnings[0] and "433489" in warnings[0]


# --- choosing the issuer among the governments a document names ---------------------------------------------

def test_title_beats_the_prefecture_whose_plan_is_cited():
    lines = ["前橋市まち・ひと・しごと創生総合戦略 効果検証", "令和5年度",
             *[f"本文{i}" for i in range(20)], "群馬県総合計画と整合を図り、本市の施策を進める。"]
    assert read(*lines) == ("102016", [])


def test_city_that_calls_itself_honshi_is_not_its_prefecture():
    """As in raw_docs/000: the only plan name is the prefecture's; `本市` rules the prefecture out and the city
    is named only inside an indicator name (twice): taken, with a warning that the evidence is weak."""
    lines = ["数値目標一覧", *[f"行{i}" for i in range(20)],
             "名称\t群馬県デジタル田園都市構想総合戦略",
             "本市における総合戦略の改訂", "本市では、", "高崎市が住みよいと感じている市民の割合\t75.0%",
             "高崎市が住みよいと感じている市民の割合\t75.0%"]  # 000 prints the table twice
    code, warnings = read(*lines)
    assert code == "102024"
    assert len(warnings) == 1 and "mention" in warnings[0]


def test_a_municipality_beats_its_own_prefecture_named_alike():
    assert read("群馬県 安中市", "安中市総合戦略") == ("102113", [])


def test_two_cities_named_alike_are_not_guessed():
    code, warnings = read("高崎市・安中市 定住自立圏共生ビジョン", "高崎市総合戦略", "安中市総合戦略")
    assert code is None
    assert "102024" in warnings[0] and "102113" in warnings[0]


def test_no_name_at_all():
    code, warnings = read("数値目標一覧", "新規求人数\t1,500件\t1,600件", "本市の雇用は…")
    assert code is None and "no prefecture, city" in warnings[0]


def test_self_reference_of_another_kind():
    """A town's document (`本町`) that names only a neighbouring city is not the city's."""
    code, warnings = read("数値目標一覧", "本町の人口", "本町から前橋市への通勤者数\t1,200人")
    assert code is None and "本町" in warnings[0] and "前橋市" in warnings[0]


def test_words_that_contain_a_name_are_not_names():
    """`中央市場` is no 中央市 (山梨県, 192147); `東京都市` holds 東京都, not 京都市; `伊勢崎市本町` is a
    neighbourhood of the city, not a self-reference of a town."""
    code, warnings = read("中央市場の取扱高", "東京都市圏の人口", "所在地 伊勢崎市本町", "伊勢崎市総合戦略")
    assert code == "102041" and warnings == []
    code, _ = read("中央市場の取扱高")
    assert code is None


def test_a_name_ending_a_longer_word_is_no_name():
    """`大沢原村` (invented) ends with the real 原村 (長野県諏訪郡, 203637) but names no listed government; a name
    after its prefecture or county, after an ordinal (`第２期`) or a date, or parted by a space, is still read."""
    code, warnings = read("大沢原村　総合戦略　数値目標の推移", "大沢原村 企画課")
    assert code is None and any(w.startswith("issuing government not identified") for w in warnings)
    # a joining kana glued before a name (layouts 111 `萩ノ森町`, invented) makes it the end of a longer one: no 森町
    # (北海道 or 静岡県) is named, 萩ノ森町 is, and the code list does not hold it
    assert read("萩ノ森町   第２期総合戦略      効果検証シート") == (None, [
        "issuing government not identified: 萩ノ森町 is printed as a government's name but is not in the code list"])
    for title in ("長野県原村 総合戦略", "諏訪郡原村 総合戦略", "第２期原村総合戦略", "令和７年３月原村 企画課",
                  "令和７年３月 原村 企画課"):
        assert read(title)[0] == "203637", title


def test_an_unlisted_name_printed_as_the_issuer_is_named_in_the_warning():
    """Names the code list does not hold (invented: `みどり野町`, `浜風町`; not in ingest/data/governments.csv) on a
    cover line or before a plan word: the warning says a name was seen and which, not that none was named; words
    around it are no name (`第２期`, `令和５年度`, a sentence's grammar `…委員で構成する…`)."""
    warning = "issuing government not identified: {} is printed as a government's name but is not in the code list"
    for lines, names in [
        (("みどり野町 第２期まち・ひと・しごと創生総合戦略", "新規求人数\t1,500件"), "みどり野町"),
        (("基本目標１　地域の仕事をつくる", "浜風町総合戦略推進委員会　資料３　1"), "浜風町"),
        (("令和５年度　若松台市総合戦略　効果検証結果",), "若松台市"),
        (("東山市 健康づくり・教育 成果指標",), "東山市"),
        (("さくら台市議会議員 やまだ花子の市政レポート", "市の第２期総合戦略の中間見直し"), "さくら台市"),
        (("第２期柚木原町まち・ひと・しごと創生総合戦略", "市民委員で構成する柚木原町総合戦略推進会議"), "柚木原町"),
    ]:
        assert read(*lines) == (None, [warning.format(names)]), lines
    # no name shaped as a government's: the warning it was
    assert read("数値目標一覧", "各市町村総合戦略との連携", "本市の雇用は…")[1] == [
        "issuing government not identified: no prefecture, city, town, village or special ward is named in the text"]



def test_a_cover_naming_the_town_on_a_line_of_its_own_is_read_before_the_contents_page():
    """Layouts 182 (invented town 桜ノ宮町, not in the code list): the cover prints the town in the plan name and alone
    as the publisher under the date, a 目次 page follows; the name is read from the cover (the title region), so
    `documents` names it in the warning rather than saying no government was named."""
    from ingest.document import load

    extraction = extract(load(Path(__file__).parent / "fixtures" / "layouts" / "182_pdf_docx_cover_contents_page.pdf"))
    assert (extraction.government_code, extraction.government_warnings) == (None, [
        "issuing government not identified: 桜ノ宮町 is printed as a government's name but is not in the code list"])

# --- where the reading lands ------------------------------------------------------------------------------------

def test_text_documents_carry_the_government(tmp_path: Path):
    from ingest.document import load

    path = tmp_path / "plan.txt"
    path.write_text("第2期 桐生市まち・ひと・しごと創生総合戦略\n\n指標名\t現状値\t目標値\n", encoding="utf-8")
    document = load(path)
    extraction: Extraction = extract(document)
    read_issuer(extraction, document)
    assert (extraction.government, extraction.government_code, extraction.government_prefecture) == \
        ("桐生市", "102032", "群馬県")


def test_letter_spaced_cover():
    """Covers are often letter-spaced: `伊 勢 崎 市` (full-width spaces too)."""
    assert read("第 ２ 期　伊 勢 崎 市　総 合 戦 略", "令和３年３月", "伊　勢　崎　市") == ("102041", [])


def test_pdf_documents_read_the_cover_page(tmp_path: Path):
    """The PDF front end hands its page texts over; the first page is the title region. Page 2 names other
    governments in prose (広島県府中市 342084 is the issuer; 福山市 and 東京都 are mentioned)."""
    from ingest.document import load
    from ingest.pdf.frontend import PdfFrontEnd
    from tests import pdf_builders

    def cover(page: pdf_builders.Page) -> None:
        page.text(60, 200, "第２期　府中市まち・ひと・しごと創生総合戦略", 18)
        page.text(60, 260, "令和２年３月", 12)
        page.text(60, 300, "広島県府中市", 14)

    def body(page: pdf_builders.Page) -> None:
        page.text(50, 60, "本市の人口は、福山市や東京都への転出により減少しています。", 10)

    path = pdf_builders._save(tmp_path / "fuchu.pdf", pdf_builders.A4, [cover, body])
    extraction = PdfFrontEnd().extract(load(path), None)
    assert (extraction.government, extraction.government_code, extraction.government_prefecture) == \
        ("府中市", "342084", "広島県")
    assert extraction.government_warnings == []


def test_the_five_source_documents_are_isesaki(dataset):
    """Checked by hand in raw_docs/: 003 prints `伊勢崎市` on its cover and `第 2 期 伊勢崎市まち・ひと・しごと創生
    総合戦略` as title; 002 `第２期伊勢崎市まち・ひと・しごと創生総合戦略効果検証シート` on each page; 004
    `伊勢崎市人口ビジョン`, `伊勢崎市版総合戦略`. 000 and 001 name the city only inside indicator names
    (`伊勢崎市が住みよいと感じている市民の割合`), and 000 cites `群馬県デジタル田園都市構想総合戦略` but calls itself
    `本市`: both are read as 伊勢崎市 with a warning that says the evidence is weak."""
    documents = {d["source_file"][:3]: d for d in dataset.tables["documents"].to_pylist()}
    assert {(d["government"], d["government_code"], d["government_prefecture"]) for d in documents.values()} == \
        {("伊勢崎市", "102041", "群馬県")}
    weak = {number for number, d in documents.items() if any("issuing government" in w for w in d["warnings"])}
    assert weak == {"000", "001"}


def test_foreword_signed_by_the_mayor():
    """A foreword page signed `沼田市長` (群馬県, 102067) after a prose opening that names 前橋市 and 群馬県."""
    lines = ["はじめに", "本市は、前橋市や群馬県と連携し、人口減少に向き合ってきました。",
             *[f"本文{i}" for i in range(20)], "令和３年３月", "沼田市長　山田太郎"]
    assert read(*lines) == ("102067", [])


def test_one_mention_is_not_enough():
    """`本市` and a neighbour named once in passing: no issuer. Named twice (as 001 names 伊勢崎市 three times in
    indicator names and nothing else): taken, with a warning."""
    code, warnings = read("数値目標一覧", "本市から前橋市への転出者数\t1,200人")
    assert code is None and "only one mention" in warnings[0]
    code, warnings = read("数値目標一覧", "前橋市が住みよいと感じている市民の割合\t75.0%",
                          "前橋市で子育てしたい割合\t80%")
    assert code == "102016" and "2 mention(s)" in warnings[0]
