"""Build the PDF documents 74-80 of tests/fixtures/layouts/ with reportlab (`python -m tests.layouts_unseen`).

The PDFs are committed; this script is how they were made (it writes only these files). Content invented
(fictional municipalities, every name and number made up):
- 74: a town's KPI sheet kept in Excel, wider than the page, printed across two landscape pages: page 1 `No.`, the
  names, the baseline and the first years, page 2 the `No.` column repeated (Excel's print titles), the later years,
  the target and the department; a row of page 2 is the row of page 1 with the same `No.`;
- 75: a city's web page printed from a browser: the print date and the page title as a running header, the URL and
  `1/2` as a footer, breadcrumbs and an update date over the heading, one KPI table per goal in the page body and
  the page's contact box at its end;
- 76: a village's KPI table typed with kanji numerals (`十二人`, `1万2千人`, `八千五百万円`) and a target `二倍`
  (twice the baseline: a relative target, no value);
- 77: a city's evaluation table whose baseline cells print two values, each with its year (`H27：4人 / R1：9人`, or
  the two on lines of their own), or one value with its year (`52.3%（R1）`), under a header `基準値` naming none;
- 78: a town's KPI sheet from Excel whose `基本目標` column is merged down over each goal's rows and written
  vertically (縦書き, one character a line), as are the headers of its narrow `単位` and `担当課` columns;
- 79: a town's 効果検証 table with a `進捗率` column (a rate computed from the values, printed between the actual and
  the target) and an A-D `評価`, the rate's formula and the grade legend under the table;
- 80: a city's progress table with a `前年度比` column printing the change from last year's actual (`+12人`, `△3件`,
  `+0.8ポイント`): a difference computed from two values, never a value of the indicator.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

from tests.layouts_pdfs import LAYOUTS, _pages, _ruled
from tests.pdf_builders import Cell, Page


def wide_sheet_two_pages(path: Path) -> Path:
    """74_pdf_wide_sheet_two_pages.pdf: one spreadsheet table printed across two pages, `No.` on both."""
    rows = [("1", "転入者数", "412人", "398人", "405人", "431人", "446人", "480人", "企画課"),
            ("2", "移住相談件数", "36件", "52件", "61件", "74件", "80件", "100件", "企画課"),
            ("3", "農産物直売所の売上高", "1.8億円", "1.7億円", "1.9億円", "2.1億円", "2.2億円", "2.5億円", "農林課"),
            ("4", "観光入込客数", "12.4万人", "6.8万人", "8.1万人", "10.9万人", "12.0万人", "15万人", "商工観光課"),
            ("5", "子育て支援センターの年間利用者数", "3,250人", "2,410人", "2,880人", "3,120人", "3,390人",
             "3,600人", "子育て支援課")]
    size = landscape(A4)

    def page_one(page: Page) -> None:
        page.text(48, 40, "栗ヶ丘町 第２期総合戦略 KPI進捗管理表", 14)
        _ruled(page, 90, [40, 300, 130, 130, 130], ["No.", "指標名", "基準値（R1）", "R2", "R3"],
               [row[:5] for row in rows])

    def page_two(page: Page) -> None:
        _ruled(page, 90, [40, 130, 130, 130, 150], ["No.", "R4", "R5", "目標値（R7）", "担当課"],
               [(row[0], *row[5:]) for row in rows])

    return _pages(path, size, [page_one, page_two])


def browser_printed_page(path: Path) -> Path:
    """75_pdf_browser_printed_page.pdf: a municipal web page printed from a browser, two pages."""
    title = "第２期朝霧市総合戦略の重要業績評価指標（KPI）"
    url = "https://www.city.asagiri.example.jp/soshiki/kikaku/senryaku/kpi.html"
    header = ["指標名", "基準値（令和元年度）", "実績値（令和６年度）", "目標値（令和７年度）"]
    widths = [220, 95, 95, 95]

    def furniture(page: Page) -> None:
        page.text(20, 14, "2026/10/08 9:41", 8)
        page.text(200, 14, f"{title}｜朝霧市", 8)
        page.text(20, page.height - 24, url, 8)
        page.text(page.width - 44, page.height - 24, f"{page.number}/2", 8)

    def page_one(page: Page) -> None:
        furniture(page)
        page.text(48, 50, "ホーム ＞ 市政情報 ＞ 計画・施策 ＞ 総合戦略", 8)
        page.text(48, 80, title, 16)
        page.text(48, 108, "更新日：2026年4月1日", 8)
        page.text(48, 130, "第２期総合戦略に掲げた重要業績評価指標（KPI）の状況をお知らせします。", 9)
        page.text(48, 165, "基本目標１　しごとをつくる", 12)
        bottom = _ruled(page, 190, widths, header,
                        [("市内事業所の従業者数", "28,400人", "28,950人", "29,500人"),
                         ("創業支援による創業件数", "18件", "25件", "30件"),
                         ("市内宿泊者数", "21.6万人", "19.8万人", "25万人")])
        page.text(48, bottom + 40, "基本目標２　ひとの流れをつくる", 12)
        _ruled(page, bottom + 65, widths, header,
               [("転入者数", "2,140人", "2,205人", "2,400人"),
                ("移住支援金の交付件数", "3件", "14件", "20件")])

    def page_two(page: Page) -> None:
        furniture(page)
        page.text(48, 50, "基本目標３　結婚・出産・子育ての希望をかなえる", 12)
        bottom = _ruled(page, 75, widths, header,
                        [("合計特殊出生率", "1.42", "1.38", "1.60"),
                         ("保育所の待機児童数", "12人", "0人", "0人")])
        page.text(48, bottom + 40, "このページに関するお問い合わせ", 10)
        page.text(48, bottom + 60, "企画政策部 企画課　電話：0123-45-6789", 9)

    return _pages(path, A4, [page_one, page_two], footers=(False, False))


def kanji_numeral_targets(path: Path) -> Path:
    """76_pdf_kanji_numeral_targets.pdf: values in kanji numerals, and a target `二倍` of the baseline."""
    def draw(page: Page) -> None:
        page.text(48, 40, "白鷺村 第３期総合戦略", 14)
        page.text(48, 80, "基本目標１　村の恵みで稼ぐ", 12)
        page.text(48, 105, "重要業績評価指標（ＫＰＩ）", 10)
        _ruled(page, 125, [220, 120, 120], ["指標名", "現状値（令和５年度）", "目標値（令和11年度）"],
               [("移住者数", "十二人", "三十人"),
                ("村内の宿泊者数", "1万2千人", "1万5千人"),
                ("農産物の販売額", "八千五百万円", "1億2千万円"),
                ("ふるさと納税の寄附件数", "二千四百件", "三千件"),
                ("観光入込客数", "4万8千人", "二倍")])
    return _pages(path, A4, [draw])


def two_baselines_in_cell(path: Path) -> Path:
    """77_pdf_two_baselines_in_cell.pdf: baseline cells printing two values with their years, or one with its year."""
    def draw(page: Page) -> None:
        page.text(48, 40, "石蕗市 第２期総合戦略 令和５年度 効果検証", 14)
        page.text(48, 80, "基本目標２　住み続けたいまちをつくる", 12)
        page.text(48, 105, "重要業績評価指標（KPI）", 10)
        rows = [("地域おこし協力隊の定住者数", "H27：4人 / R1：9人", "15人", "20人"),
                ("市民農園の利用区画数", "H27：120区画\nR1：135区画", "148区画", "160区画"),
                ("空き家バンクの成約件数", "H30：8件 / R1：11件", "14件", "20件"),
                ("市の魅力を人に勧めたい市民の割合", "52.3%（R1）", "55.0%", "60.0%")]
        cells = [Cell(0, c, text) for c, text in enumerate(["指標名", "基準値", "実績値（R5）", "目標値（R7）"])]
        cells += [Cell(r, c, text) for r, row in enumerate(rows, start=1) for c, text in enumerate(row)]
        page.table(48, 125, [200, 130, 80, 80], [22, 22, 34, 22, 22], cells, size=9)
    return _pages(path, A4, [draw])


def vertical_goal_column(path: Path) -> Path:
    """78_pdf_vertical_goal_column.pdf: goal cells merged down and written one character a line."""
    def draw(page: Page) -> None:
        page.text(48, 40, "萩の浦町 第２期総合戦略 KPI一覧", 14)
        header = ["基本\n目標", "指標名", "単\n位", "基準値（R2）", "目標値（R8）", "担\n当\n課"]
        cells = [Cell(0, c, text) for c, text in enumerate(header)]
        cells += [Cell(1, 0, "１\n稼\nぐ\nま\nち", row_span=3), Cell(4, 0, "２\n住\nみ\nた\nい\nま\nち", row_span=3)]
        rows = [("新規就農者数", "人", "3", "15", "農林課"),
                ("町内での創業件数", "件", "2", "10", "商工観光課"),
                ("観光消費額", "百万円", "840", "1,200", "商工観光課"),
                ("転入者数", "人", "286", "330", "企画課"),
                ("空き家バンクの登録件数", "件", "14", "40", "企画課"),
                ("町営住宅の入居率", "％", "81.5", "90.0", "建設課")]
        cells += [Cell(r, 1 + c, text) for r, row in enumerate(rows, start=1) for c, text in enumerate(row)]
        page.table(48, 80, [30, 200, 36, 80, 80, 70], [40] + [26] * 6, cells, size=9)
    return _pages(path, A4, [draw])


def progress_rate_grades(path: Path) -> Path:
    """79_pdf_progress_rate_grades.pdf: a `進捗率` column between actual and target, an A-D grade."""
    def draw(page: Page) -> None:
        page.text(48, 40, "檜山町 令和５年度 総合戦略 効果検証結果", 14)
        page.text(48, 80, "基本目標１　魅力ある仕事をつくる", 12)
        bottom = _ruled(page, 105, [180, 75, 75, 60, 75, 40],
                        ["指標名", "基準値（R1）", "実績値（R5）", "進捗率", "目標値（R7）", "評価"],
                        [("町内企業への新規就職者数", "24人", "33人", "75.0%", "36人", "Ｂ"),
                         ("特産品の年間販売額", "4,200万円", "5,400万円", "120.0%", "5,200万円", "Ａ"),
                         ("若者の町内就職率", "42.0%", "44.5%", "31.3%", "50.0%", "Ｃ"),
                         ("創業件数（累計）", "―", "7件", "70.0%", "10件", "Ｂ")])
        page.text(48, bottom + 10, "※進捗率＝（実績値－基準値）÷（目標値－基準値）", 8)
        page.text(48, bottom + 24, "評価　Ａ：目標達成　Ｂ：概ね順調（進捗率70％以上）　Ｃ：遅れている　Ｄ：未着手", 8)
    return _pages(path, A4, [draw])


def change_column(path: Path) -> Path:
    """80_pdf_change_column.pdf: a `前年度比` column of differences between the two actual columns beside it."""
    def draw(page: Page) -> None:
        page.text(48, 40, "柏ヶ浜市 第２期総合戦略 KPI進捗状況（令和５年度）", 14)
        page.text(48, 80, "基本目標３　若い世代の希望をかなえる", 12)
        page.text(48, 105, "重要業績評価指標（KPI）", 10)
        _ruled(page, 125, [170, 70, 70, 70, 70, 70],
               ["指標名", "基準値（R1）", "実績値（R4）", "実績値（R5）", "前年度比", "目標値（R7）"],
               [("婚活イベントでのカップル成立数", "14組", "18組", "21組", "+3組", "30組"),
                ("子育て応援アプリの登録者数", "1,850人", "2,640人", "2,652人", "+12人", "3,000人"),
                ("病児保育の実施施設数", "5件", "9件", "6件", "△3件", "10件"),
                ("子育てしやすいと感じる市民の割合", "61.2%", "63.5%", "64.3%", "+0.8ポイント", "70.0%")])
    return _pages(path, A4, [draw])


BUILDERS = {
    "74_pdf_wide_sheet_two_pages.pdf": wide_sheet_two_pages,
    "75_pdf_browser_printed_page.pdf": browser_printed_page,
    "76_pdf_kanji_numeral_targets.pdf": kanji_numeral_targets,
    "77_pdf_two_baselines_in_cell.pdf": two_baselines_in_cell,
    "78_pdf_vertical_goal_column.pdf": vertical_goal_column,
    "79_pdf_progress_rate_grades.pdf": progress_rate_grades,
    "80_pdf_change_column.pdf": change_column,
}


def main() -> None:
    for name, build in BUILDERS.items():
        print(build(LAYOUTS / name))


if __name__ == "__main__":
    main()
