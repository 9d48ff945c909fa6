"""A measure box whose `成果指標` cell holds a nested KPI table prints its label where the cell is centred: alone on a
line between two of the table's rows, or opening a row's line before its name (pdfplumber, `pdftotext -layout`).
The label is neither a row nor part of a name: it names the kind of the table's rows, as a caption over its header
does; the next box's label–value lines (`担当課 …`) after a blank line are no rows of the table above either. The
texts are invented; every expectation was read off them by hand."""

from __future__ import annotations

from pathlib import Path

from ingest.document import LoadedDocument
from ingest.registry import extract
from ingest.text.form_rows import kind_labels_among_rows


def _read(lines: list[str]) -> dict[str, tuple[str, str, str | None, tuple[str, ...]]]:
    """Each row's kind, measure (its goal's last part), department and value texts, spaces left out."""
    document = LoadedDocument("boxes.txt", Path("boxes.txt"), "", "text", lines=lines)
    return {row.name: (row.kind, "".join(row.goal[-1].split()), row.department,
                       tuple("".join(cell.text.split()) for cell in row.cells))
            for row in extract(document).rows}


# pdfplumber: the first box's label between its first and second rows, the second box's opening its first row
PLUMBER = ["緑ヶ浜町 第３期総合戦略 施策シート",
           "施策 3-1 地域の産業を育てる",
           "担当課 産業振興課",
           "施策の概要 町内での創業と就農を後押しし、働く場を増やします。",
           "指標名 現状値（R6） 目標値（R11）",
           "新規就農者数 4人 10人",
           "成果指標",
           "創業支援による創業件数 12件 25件",
           "町内企業の新規雇用者数 38人 60人",
           "施策 3-2 観光で人を呼び込む",
           "担当課 観光交流課",
           "施策の概要 地域の自然を生かした体験型観光を広げます。",
           "指標名 現状値（R6） 目標値（R11）",
           "成果指標 観光入込客数 48万人 60万人",
           "体験型観光の参加者数 2,300人 4,000人",
           "※現状値は令和６年度の実績です。"]


def test_a_box_label_among_a_nested_tables_rows_names_their_kind_and_is_no_row_or_name():
    first, second = "施策3-1地域の産業を育てる", "施策3-2観光で人を呼び込む"
    assert _read(PLUMBER) == {
        "新規就農者数": ("成果指標", first, "産業振興課", ("4人", "10人")),
        "創業支援による創業件数": ("成果指標", first, "産業振興課", ("12件", "25件")),
        "町内企業の新規雇用者数": ("成果指標", first, "産業振興課", ("38人", "60人")),
        "観光入込客数": ("成果指標", second, "観光交流課", ("48万人", "60万人")),
        "体験型観光の参加者数": ("成果指標", second, "観光交流課", ("2,300人", "4,000人")),
    }


# pdftotext -layout: the same shapes with their positions, a blank line between the boxes
LAYOUT = ["山吹市    第２期総合戦略       施策シート",
          "   施策    1-1 健康づくりを進める",
          "  担当課    健康増進課",
          " 施策の概要   生活習慣病の予防のため、健診と運動の機会を広げます。",
          "                    指標名         現状値（R5）    目標値（R10）",
          "          特定健康診査の受診率               41.2%      60.0%",
          " 成果指標",
          "          運動教室の延べ参加者数                 1,820 人        2,500 人",
          "",
          "   施策    1-2 地域で支え合う",
          "  担当課    福祉課",
          " 施策の概要   見守りの担い手を増やし、高齢者の孤立を防ぎます。",
          "                    指標名           現状値（R5）   目標値（R10）",
          " 成果指標     見守りボランティアの登録者数                  156 人      220 人",
          "          認知症サポーター養成数                  3,400 人       5,000 人",
          "",
          "※現状値は令和５年度の実績です。"]


def test_a_positioned_box_label_names_its_rows_kind_and_the_next_boxs_labels_end_the_table():
    first, second = "施策1-1健康づくりを進める", "施策1-2地域で支え合う"
    assert _read(LAYOUT) == {
        "特定健康診査の受診率": ("成果指標", first, "健康増進課", ("41.2%", "60.0%")),
        "運動教室の延べ参加者数": ("成果指標", first, "健康増進課", ("1,820人", "2,500人")),
        "見守りボランティアの登録者数": ("成果指標", second, "福祉課", ("156人", "220人")),
        "認知症サポーター養成数": ("成果指標", second, "福祉課", ("3,400人", "5,000人")),
    }


def test_the_label_goes_over_the_header_keeping_the_rows_positions():
    repaired = kind_labels_among_rows(LAYOUT[:8])
    assert repaired is not None
    assert repaired.lines == [*LAYOUT[:4], "成果指標", *LAYOUT[4:6], LAYOUT[7]]
    assert repaired.origin == [0, 1, 2, 3, 6, 4, 5, 7]
    opening = kind_labels_among_rows(LAYOUT[9:15])
    assert opening is not None
    assert opening.lines[3:5] == ["成果指標", LAYOUT[12]]
    assert opening.lines[5] == "          見守りボランティアの登録者数                  156 人      220 人"


def test_kind_words_opening_several_rows_or_under_a_kind_column_are_left_as_printed():
    # rows of a table that opens each with its kind (a kind column without its header word, or with one)
    several = ["指標名 基準値 目標値", "KPI 転入者数 820人 900人", "KPI 転出者数 870人 800人"]
    kind_column = ["区分 指標名 基準値 目標値", "数値目標 転入者数 820人 900人", "KPI 転出者数 870人 800人"]
    assert kind_labels_among_rows(several) is None
    assert kind_labels_among_rows(kind_column) is None
