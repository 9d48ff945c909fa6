"""A name line between two rows' lines of values is a guess (which name it ends or opens) only where a top-aligned
reading is possible: the next group's line of values prints its name too. A group whose line of values prints no name
while its name goes on under it is a cell centred on its values (`子育て世代包括支援セ` / `－ 1,946件 …` /
`ンター相談件数`): no guess, and neither that row nor the one above is flagged for it (`placement_guessed`).
Seen in the producer matrix: LibreOffice's 効果検証シート read from `pdftotext -layout`, and a 総合戦略 table whose
next line of values prints a kind word (`数値目標`) in place of a name."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.producer_matrix import _extract

PRODUCERS = Path(__file__).parent / "fixtures" / "producers"


@pytest.mark.parametrize(("fixture", "names"), [
    ("002-libreoffice-grid.layout.txt", ("妊婦健康診査受診率", "子育て世代包括支援センター相談件数",
                                         "認知症サポーター数", "土地区画整理事業完了地区の割合")),
    ("003-reportlab-hrules.layout.txt", ("ファミリーサポートセンター会員登録数",
                                         "将来の夢や希望の実現に向け努力している児童・生徒の割合")),
])
def test_a_centred_cell_between_two_value_lines_is_no_guess(fixture: str, names: tuple[str, ...]) -> None:
    observations, _, _ = _extract(PRODUCERS / fixture)
    for name in names:
        read = [o for o in observations if o["kpi_name"] == name]
        assert read, name
        assert not [o for o in read if o.get("uncertain") in (True, "True")], name
