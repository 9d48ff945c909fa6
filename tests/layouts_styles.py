# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the hand-made PDFs 119-126 of tests/fixtures/layouts/ (`python -m tests.layouts_styles [numbers]`).

Styles of other municipalities that documents 01-118 do not print, drawn with reportlab; this script writes only
its own files. Content invented (fictional municipalities, every name and number made up):
- 119: a town's 効果検証 with three years of actuals headed by era abbreviations alone (`H30 R1 R2`), a `単位`
  column of bare numbers, and the target year only in the last column's header (`目標値（R6）`), no baseline;
- 120: a progress column of symbols `●` / `▲` / `■` and their legend under the table (`■` is no heading here);
- 121: values qualified or dated in their cells: `約1.2万人`, `17,980人（R4.3末）` (a date at the end of a month),
  `60.0%以上`;
- 122: a KPI table cut by the page break, page 2 opening with the goal heading marked `（続き）` and the rows
  going on without the header printed again;
- 123: a KPI list sorted by department, `担当課` the first column merged down over its department's rows;
- 124: each goal's 数値目標 stated as a sentence (`…を、312人（令和元年度）から令和７年度までに380人に増やします。`)
  above the goal's KPI table;
- 125: a page set in two text columns, prose on the left, a narrow KPI table under its caption on the right;
- 126: value headers written vertically, one glyph a line, the year abbreviation on the last line (`基` / `準` /
  `値` / `R1`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4

from tests.layouts_genre import _table_at, build
from tests.layouts_pdfs import _pages, _ruled
from tests.pdf_builders import Cell, Page


def era_actuals(path: Path) -> Path:
    """119: actuals of three years headed `H30 R1 R2`, a unit column, the target year only in the last header."""
    def draw(page: Page) -> None:
        page.text(48, 40, "青葉沢町 総合戦略 効果検証シート（令和３年度）", 13)
        page.text(48, 78, "基本目標１　地域でしごとをつくる", 12)
        _table_at(page, 48, 100, [180, 40, 60, 60, 60, 80],
                  [("指標名", "単位", "H30", "R1", "R2", "目標値（R6）"),
                   ("町内事業所の従業者数", "人", "2,815", "2,790", "2,742", "2,900"),
                   ("新規就農者数", "人", "3", "5", "4", "6"),
                   ("観光入込客数", "千人", "326", "341", "198", "360"),
                   ("ふるさと納税の寄附額", "千円", "48,200", "61,500", "83,900", "80,000")], size=8)
    return _pages(path, A4, [draw])


def symbol_progress(path: Path) -> Path:
    """120: a `進捗` column of `●` / `▲` / `■` symbols and the legend under the table."""
    def draw(page: Page) -> None:
        page.text(48, 40, "紅葉原市 第２期総合戦略 令和４年度 進捗状況", 13)
        page.text(48, 78, "基本目標２　結婚・出産・子育ての希望をかなえる", 12)
        page.text(48, 102, "【重要業績評価指標（KPI）】", 10)
        bottom = _table_at(page, 48, 120, [190, 75, 75, 75, 40],
                           [("指標名", "基準値（R1）", "実績値（R4）", "目標値（R6）", "進捗"),
                            ("婚活イベントでのカップル成立数", "14組", "19組", "20組", "●"),
                            ("乳幼児健康診査の受診率", "96.5%", "95.8%", "98.0%", "▲"),
                            ("放課後児童クラブの待機児童数", "18人", "24人", "0人", "■"),
                            ("子育て応援アプリの登録者数", "1,320人", "2,880人", "3,000人", "●")], size=8)
        page.text(48, bottom + 6, "【進捗】●：順調に推移している　▲：概ね順調　■：遅れている", 8)
    return _pages(path, A4, [draw])


def qualified_values(path: Path) -> Path:
    """121: `約` values, values dated at the end of a month `（R4.3末）`, a target `60.0%以上`."""
    def draw(page: Page) -> None:
        page.text(48, 40, "柚木島村 総合戦略 数値目標の状況", 13)
        page.text(48, 78, "基本目標１　村の魅力を高め、人を呼び込む", 12)
        page.text(48, 102, "【数値目標】", 10)
        _table_at(page, 48, 120, [170, 100, 100, 80],
                  [("指標名", "基準値（R1）", "実績値（R3）", "目標値（R7）"),
                   ("年間観光入込客数", "約1.2万人", "約0.9万人", "1.5万人"),
                   ("住民基本台帳人口", "2,418人（R2.3末）", "2,366人（R4.3末）", "2,300人"),
                   ("空き家バンクの成約件数（累計）", "6件", "13件", "25件"),
                   ("村の暮らしに満足している村民の割合", "54.2%", "57.5%", "60.0%以上")], size=8)
    return _pages(path, A4, [draw])


def continued_heading(path: Path) -> Path:
    """122: a KPI table cut by the page break; page 2 repeats the goal heading with `（続き）`, not the header."""
    header = ["指標名", "基準値（R2）", "目標値（R8）"]
    widths = [230, 100, 100]

    def page_one(page: Page) -> None:
        page.text(48, 40, "桐ケ丘市 第３期総合戦略", 13)
        page.text(48, 78, "基本目標１　魅力ある雇用の場をつくる", 12)
        lines = ["市内の有効求人倍率は高い水準にある一方で、若い世代の市外への転出が続いています。",
                 "このため、地元企業の魅力を発信し、市内での就職や創業を後押しします。",
                 "また、企業の立地を進め、多様な働き方ができる環境を整えます。"]
        for i, line in enumerate(lines):
            page.text(60, 104 + i * 16, line, 10)
        page.text(48, 170, "【重要業績評価指標（KPI）】", 10)
        _ruled(page, 188, widths, header,
               [("市内企業への新規学卒就職者数", "210人", "260人"),
                ("創業支援による創業件数", "22件", "35件"),
                ("企業立地件数（累計）", "3件", "10件"),
                ("市内の従業者数", "41,250人", "42,000人"),
                ("インターンシップ受入事業所数", "18社", "30社"),
                ("テレワーク施設の利用者数", "1,450人", "3,000人"),
                ("市内の製造品出荷額", "2,180億円", "2,400億円"),
                ("農業産出額", "86億円", "90億円"),
                ("新規就農者数", "12人", "20人"),
                ("商店街の空き店舗数", "34店舗", "25店舗"),
                ("事業承継の相談件数", "46件", "80件"),
                ("女性の就業率", "52.4%", "56.0%"),
                ("シルバー人材センターの会員数", "620人", "700人"),
                ("ハローワーク求人の充足率", "18.6%", "22.0%"),
                ("市内の観光消費額", "94億円", "110億円"),
                ("宿泊者数", "28.4万人", "32万人"),
                ("地元産品の販売額", "4.6億円", "5.5億円"),
                ("ものづくり補助金の交付件数", "15件", "25件"),
                ("商工会議所会員数", "1,380事業所", "1,400事業所"),
                ("市の支援によるマッチング件数", "8件", "20件"),
                ("サテライトオフィス入居企業数", "2社", "8社"),
                ("市内高校生の地元就職率", "38.5%", "45.0%")])

    def page_two(page: Page) -> None:
        page.text(48, 40, "基本目標１　魅力ある雇用の場をつくる（続き）", 12)
        bottom = _ruled(page, 62, widths, None,
                        [("職業訓練の受講者数", "145人", "200人"),
                         ("UIJターン就職者数", "27人", "50人")])
        page.text(48, bottom + 34, "基本目標２　子どもを産み育てやすいまちをつくる", 12)
        page.text(48, bottom + 58, "【重要業績評価指標（KPI）】", 10)
        _ruled(page, bottom + 76, widths, header,
               [("年間出生数", "512人", "540人"),
                ("待機児童数", "9人", "0人")])
    return _pages(path, A4, [page_one, page_two])


def department_merged(path: Path) -> Path:
    """123: a KPI list sorted by department, the `担当課` cell merged down over its department's rows."""
    def draw(page: Page) -> None:
        page.text(48, 40, "蓮沼町 総合戦略 重要業績評価指標（KPI）担当課別一覧", 13)
        rows = [("企画課", "移住相談件数", "48件", "80件"),
                ("", "ふるさと納税の寄附件数", "3,240件", "5,000件"),
                ("産業振興課", "新規就農者数", "2人", "5人"),
                ("", "町内の創業件数", "4件", "8件"),
                ("", "特産品の販売額", "2,800万円", "3,500万円"),
                ("健康福祉課", "特定健診の受診率", "38.6%", "50.0%")]
        merged = {0: 2, 2: 3, 5: 1}  # row → rows its department cell spans
        cells = [Cell(0, c, text) for c, text in enumerate(("担当課", "指標名", "基準値（R2）", "目標値（R7）"))]
        for r, row in enumerate(rows, start=1):
            if r - 1 in merged:
                cells.append(Cell(r, 0, row[0], row_span=merged[r - 1]))
            cells += [Cell(r, c, text) for c, text in enumerate(row) if c]
        page.table(48, 80, [90, 200, 90, 90], [22] * 7, cells, size=9)
    return _pages(path, A4, [draw])


def sentence_goals(path: Path) -> Path:
    """124: each goal's 数値目標 as a sentence over the goal's KPI table."""
    def draw(page: Page) -> None:
        page.text(48, 40, "槙野町 第２期まち・ひと・しごと創生総合戦略", 13)
        page.text(48, 78, "基本目標１　町への新しいひとの流れをつくる", 12)
        page.text(48, 102, "【数値目標】", 10)
        page.text(60, 120, "町外からの年間転入者数を、312人（令和元年度）から令和７年度までに380人に増やします。", 10)
        page.text(48, 146, "【重要業績評価指標（KPI）】", 10)
        bottom = _table_at(page, 48, 164, [210, 100, 100],
                           [("指標名", "基準値（R1）", "目標値（R7）"),
                            ("移住相談件数", "64件", "100件"),
                            ("お試し住宅の利用者数", "21人", "40人")])
        page.text(48, bottom + 30, "基本目標２　安心して暮らせるまちをつくる", 12)
        page.text(48, bottom + 54, "【数値目標】", 10)
        page.text(60, bottom + 72, "住み続けたいと思う町民の割合を、68.4%（令和元年度）から令和７年度までに75.0%に高めます。", 10)
        page.text(48, bottom + 98, "【重要業績評価指標（KPI）】", 10)
        _table_at(page, 48, bottom + 116, [210, 100, 100],
                  [("指標名", "基準値（R1）", "目標値（R7）"),
                   ("自主防災組織の組織率", "72.0%", "90.0%"),
                   ("コミュニティバスの利用者数", "8,420人", "10,000人")])
    return _pages(path, A4, [draw])


def two_text_columns(path: Path) -> Path:
    """125: a page in two text columns: prose on the left, the KPI table under its caption on the right."""
    def draw(page: Page) -> None:
        page.text(40, 40, "萱野市 第２期総合戦略 施策の展開", 13)
        page.text(40, 76, "施策３　観光による交流人口の拡大", 12)
        left = ["本市の観光入込客数は、令和元年に",
                "過去最高の182万人となりましたが、",
                "その後は感染症の影響により大きく",
                "落ち込みました。",
                "　今後は、歴史的な街並みや温泉など",
                "の地域資源を磨き上げ、滞在型の観光",
                "を推進します。",
                "　また、近隣の市町と連携した周遊",
                "ルートを整備し、外国人観光客の誘客",
                "にも取り組みます。"]
        for i, line in enumerate(left):
            page.text(40, 104 + i * 16, line, 10)
        page.text(300, 104, "【重要業績評価指標（KPI）】", 10)
        _table_at(page, 300, 122, [130, 60, 60],
                  [("指標名", "現状値（R4）", "目標値（R9）"),
                   ("観光入込客数", "148万人", "190万人"),
                   ("宿泊者数", "21.6万人", "30万人"),
                   ("外国人宿泊者数", "3,450人", "12,000人")], size=8)
    return _pages(path, A4, [draw])


def vertical_headers(path: Path) -> Path:
    """126: value headers written vertically, one glyph a line, the year abbreviation on the last line."""
    def draw(page: Page) -> None:
        page.text(48, 40, "白樺台村 総合戦略 数値目標・KPI進捗表", 13)
        page.text(48, 78, "基本目標３　健康で生きがいを持って暮らせる村をつくる", 12)
        rows = [("指標名", "基\n準\n値\nR1", "実\n績\n値\nR5", "目\n標\n値\nR7", "担当課"),
                ("村民の特定健診受診率", "45.3%", "49.1%", "60.0%", "保健福祉課"),
                ("介護予防教室の参加者数", "420人", "515人", "600人", "保健福祉課"),
                ("生涯学習講座の受講者数", "1,180人", "960人", "1,500人", "教育委員会")]
        cells = [Cell(r, c, text) for r, row in enumerate(rows) for c, text in enumerate(row)]
        page.table(48, 100, [200, 50, 50, 50, 90], [48, 22, 22, 22], cells, size=8)
    return _pages(path, A4, [draw])


DRAWN = {"119_pdf_era_actuals_target_year_header": era_actuals,
         "120_pdf_symbol_progress_legend": symbol_progress,
         "121_pdf_approx_month_end_values": qualified_values,
         "122_pdf_continued_goal_no_header": continued_heading,
         "123_pdf_department_merged_left": department_merged,
         "124_pdf_sentence_goal_over_table": sentence_goals,
         "125_pdf_two_text_columns": two_text_columns,
         "126_pdf_vertical_value_headers": vertical_headers}


def main(numbers: list[str]) -> None:
    build(DRAWN, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
