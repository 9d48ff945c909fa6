"""A name printing its scope as a sentence in brackets (`…就農した人の数（研修修了者を含む。）`) in a pdfminer text
layer, every cell a text box of its own (layouts 223): a name, not a line of prose set aside, on small invented
inputs."""

from __future__ import annotations

from ingest.text import stacked


def _boxes(*boxes: str) -> list[str]:
    """pdfminer's text: the boxes one after another, a blank line after each."""
    return [line for box in boxes for line in (*box.split("\n"), "")]


def test_a_name_closing_with_a_bracketed_sentence_is_a_name():
    lines = _boxes("指標名", "単位", "基準値（R2）", "目標値（R7）",
                   "村内で新たに就農した人の数（研修\n修了者を含む。）", "人", "3", "20",
                   "道の駅の農産物販売額", "千円", "61,380", "72,000",
                   "村内の事業所に勤める村民の割合", "％", "41.2%", "45.0%")
    [table] = stacked.read_tables(lines)
    names = [cell.text.replace("\n", "") for cell in sorted(table.grid.cells, key=lambda c: c.row)
             if cell.col == 0 and cell.row > 0]
    assert names == ["村内で新たに就農した人の数（研修修了者を含む。）", "道の駅の農産物販売額",
                     "村内の事業所に勤める村民の割合"]
    rows = table.grid.matrix()
    assert [row[2] for row in rows[1:]] == ["3", "61,380", "41.2%"]


def test_a_sentence_of_prose_stays_an_aside():
    # brackets that close a sentence do not make it a name: the sentence stands before them
    assert stacked._aside("目標を達成した。（令和５年度）")
    assert stacked._aside("（令和５年度は、新型コロナの影響により中止。）")
    assert not stacked._aside("村内で新たに就農した人の数（研修修了者を含む。）")
