# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the hand-made PDFs 111-118 of tests/fixtures/layouts/ (`python -m tests.layouts_calc_writer [numbers]`).

Layouts municipalities print from a spreadsheet (Calc/Excel) or a word processor (Writer/Word), made here as they
are made there: flat ODS/ODT (or an HTML page) printed to PDF by LibreOffice (needs `soffice` and fonts-ipaexfont;
the PDFs are committed and CI only reads them). This script writes only its own files. Content invented
(fictional municipalities, every name and number made up):
- 111: (Calc) a 効果検証シート: shaded header repeated on every page (print titles), goal cells shaded and merged down
  over their indicators, the second goal's merged cell running across the page break; tall rows;
- 112: (Writer) numbered 施策 sections, each over a KPI table whose header has two rows: `実績値` merged over three
  fiscal years (`令和２年度`…), `指標名`, `基準値（H30）`, `目標値（R6）` merged down; a `―` baseline;
- 113: (Calc) a wide KPI進捗管理表 printed "fit to page" on A3 landscape (a tiny font): `No.`, `基本目標`, `単位`
  columns, bare number cells (`#,##0`, `0.00`) in `千円`, `人`, a yearly actual per column `R1`…`R5`, a `―`;
- 114: (Writer) tables whose value cells print the value over its own year on two lines (`1,120人` / `（H30年度）`),
  headers naming no year, under `【数値目標】` / `【重要業績評価指標（KPI）】` captions;
- 115: (Calc) the grid hidden and only the header ruled: the body unruled, goal headings in rows of their own
  between the indicators;
- 116: (Calc) a 達成率 column and an `評価` column of words (`順調`/`概ね順調`/`遅れ`) with their legend under the table;
- 117: (HTML printed by LibreOffice Writer/Web) a web page's KPI table whose goals are band rows inside the table
  (one cell spanning every column);
- 118: (Calc) number formats of a Japanese spreadsheet: negatives shown as `△42` (`#,##0;"△"#,##0`), a percent
  format (`8.4%`), `0.0` in `千人`, `#,##0` in `百万円`, with a `単位` column.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from tests.layouts_exports import _word_document
from tests.layouts_office import FONT, RULE, _sheet_cell, _table, convert_sheet
from tests.libreoffice import CONVERT_TIMEOUT_S, convert, flat_ods, paragraph

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
COVERED = "<table:covered-table-cell/>"
CELL = f'fo:border="{RULE}" style:vertical-align="middle"'
#: Cell styles of the sheets here: ruled `G`, wrapped `W`, right-aligned `R`, centred `C`, shaded header `H`,
#: shaded goal `S`, title `T`, plain `P`; unruled `U`/`UR` (115), a header ruled above and below `HB` (115).
SHEET_STYLES = f"""\
<style:style style:name="G" style:family="table-cell"><style:table-cell-properties {CELL}/></style:style>
<style:style style:name="W" style:family="table-cell"><style:table-cell-properties {CELL} fo:wrap-option="wrap"/>\
</style:style>
<style:style style:name="R" style:family="table-cell"><style:table-cell-properties {CELL}/><style:paragraph-properties \
fo:text-align="end"/></style:style>
<style:style style:name="C" style:family="table-cell"><style:table-cell-properties {CELL}/><style:paragraph-properties \
fo:text-align="center"/></style:style>
<style:style style:name="H" style:family="table-cell"><style:table-cell-properties {CELL} fo:wrap-option="wrap" \
fo:background-color="#bdd7ee"/><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="S" style:family="table-cell"><style:table-cell-properties {CELL} fo:wrap-option="wrap" \
fo:background-color="#fff2cc"/></style:style>
<style:style style:name="T" style:family="table-cell"><style:text-properties fo:font-size="13pt" \
style:font-size-asian="13pt"/></style:style>
<style:style style:name="P" style:family="table-cell"><style:text-properties fo:font-size="10pt" \
style:font-size-asian="10pt"/></style:style>
<style:style style:name="U" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle"/>\
</style:style>
<style:style style:name="UR" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle"/>\
<style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="HB" style:family="table-cell"><style:table-cell-properties fo:border-top="{RULE}" \
fo:border-bottom="{RULE}" fo:background-color="#e7e6e6" style:vertical-align="middle"/><style:paragraph-properties \
fo:text-align="center"/></style:style>
<style:style style:name="tall" style:family="table-row"><style:table-row-properties style:row-height="2.1cm" \
style:use-optimal-row-height="false"/></style:style>"""


def _row(*cells: str, style: str = "") -> str:
    attribute = f' table:style-name="{style}"' if style else ""
    return f"<table:table-row{attribute}>" + "".join(cells) + "</table:table-row>"


def _line(text: str, style: str, n: int) -> str:
    """A sheet row of one text cell merged across `n` columns (a title or a caption)."""
    return _row(_sheet_cell(text, columns=n, style=style) + COVERED * (n - 1))


def _blank(n: int) -> str:
    return f'<table:table-row><table:table-cell table:number-columns-repeated="{n}"/></table:table-row>'


def _page(landscape: bool, size: tuple[str, str] = ("29.7cm", "21cm"), extra: str = "") -> str:
    width, height = size if landscape else size[::-1]
    return (f'fo:page-width="{width}" fo:page-height="{height}" '
            f'style:print-orientation="{"landscape" if landscape else "portrait"}" fo:margin-top="1.5cm" '
            f'fo:margin-bottom="1.5cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm" {extra}')


def _calc(rows: list[str], widths_cm: list[float], *, landscape: bool = True, font_size: str = "9pt",
          page_extra: str = "", data_styles: str = "", size: tuple[str, str] = ("29.7cm", "21cm")) -> str:
    return flat_ods(font=FONT, font_size=font_size, page=_page(landscape, size, page_extra), widths_cm=widths_cm,
                    rows="".join(rows), cell_styles=SHEET_STYLES + data_styles_cells(data_styles),
                    data_styles=data_styles)


def data_styles_cells(data_styles: str) -> str:
    """Number cells (right-aligned, ruled) of each number format the sheet declares (`N<format name>`)."""
    if not data_styles:
        return ""
    names = [part.split('"', 1)[0] for part in data_styles.split('style:name="')[1:]]
    return "\n" + "\n".join(
        f'<style:style style:name="N{name}" style:family="table-cell" style:data-style-name="{name}">'
        f'<style:table-cell-properties {CELL}/><style:paragraph-properties fo:text-align="end"/></style:style>'
        for name in names if not name.endswith("P"))


# --- 111: merged goal cells across a page break --------------------------------------------------------------


def verification_sheet() -> str:
    """111: a 効果検証シート with print titles, shaded goal cells merged down, the second across the page break."""
    n = 6
    header = ("基本目標", "指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）", "担当課")
    goals = [("基本目標１　地域の産業を伸ばし、働く場をつくる",
              [("町内事業所の新規雇用者数", "42人", "51人", "60人", "産業振興課"),
               ("創業支援による創業件数（累計）", "3件", "11件", "15件", "産業振興課"),
               ("特産品の販売額", "2.4億円", "2.9億円", "3.2億円", "産業振興課"),
               ("認定農業者数", "58経営体", "61経営体", "65経営体", "農林課")]),
             ("基本目標２　新しいひとの流れをつくる",
              [("移住相談件数", "64件", "112件", "120件", "企画課"),
               ("空き家バンクの成約件数", "5件", "14件", "12件", "企画課"),
               ("観光入込客数", "38.5万人", "41.2万人", "45万人", "商工観光課"),
               ("ふるさと納税の寄附件数", "2,140件", "5,830件", "6,000件", "企画課"),
               ("関係人口登録者数", "0人", "286人", "500人", "企画課")])]
    head = "<table:table-header-rows>" + _row(*(_sheet_cell(h, style="H") for h in header)) \
        + "</table:table-header-rows>"
    body = []
    for goal, rows in goals:
        for i, (name, *values, department) in enumerate(rows):
            first = _sheet_cell(goal, rows=len(rows), style="S") if i == 0 else COVERED
            body.append(_row(first, _sheet_cell(name, style="W"), *(_sheet_cell(v, style="R") for v in values),
                             _sheet_cell(department, style="G"), style="tall"))
    rows = [_line("萩ノ森町　第２期総合戦略　効果検証シート（令和５年度）", "T", n), _blank(n), head, *body]
    return _calc(rows, [4.2, 8.0, 2.6, 2.6, 2.6, 3.0])


# --- 112: numbered 施策 sections, a two-row header -------------------------------------------------------------


def _two_row_header_table(name: str, years: list[str], rows: list[tuple[str, ...]]) -> tuple[str, list[float]]:
    """A Writer table: `指標名`, `基準値（H30）`, `目標値（R6）` merged down over two header rows, `実績値` merged
    over the fiscal years of the second."""
    widths = [6.2, 2.2, *([2.2] * len(years)), 2.2]
    columns = "".join(f'<table:table-column table:style-name="{name}W{i}"/>' for i in range(len(widths)))

    def cell(text: str, style: str = "C", rows: int = 1, cols: int = 1) -> str:
        span = (f' table:number-rows-spanned="{rows}"' if rows > 1 else "") + (
            f' table:number-columns-spanned="{cols}"' if cols > 1 else "")
        return (f'<table:table-cell table:style-name="{style}" office:value-type="string"{span}>'
                f"{paragraph(text)}</table:table-cell>")

    first = _row(cell("指標名", "H", rows=2), cell("基準値（H30）", "H", rows=2),
                 cell("実績値", "H", cols=len(years)), COVERED * (len(years) - 1), cell("目標値（R6）", "H", rows=2))
    second = _row(COVERED, COVERED, *(cell(y, "H") for y in years), COVERED)
    body = "".join(_row(*(cell(c) for c in r)) for r in rows)
    table = (f'<table:table table:name="{name}" table:style-name="{name}">{columns}'
             f"<table:table-header-rows>{first}{second}</table:table-header-rows>{body}</table:table>")
    return table, widths


def numbered_measures() -> str:
    """112: a progress report whose 施策 sections each hold a KPI table with a two-row header."""
    years = ["令和２年度", "令和３年度", "令和４年度"]
    sections = [
        ("施策３－１　女性と高齢者の就労支援",
         "子育て中の女性や高齢者が、希望に応じて働けるよう、就労相談と職業訓練を一体で進めた。",
         [("シルバー人材センターの会員数", "410人", "428人", "436人", "451人", "480人"),
          ("女性の就労相談件数", "85件", "102件", "131件", "146件", "150件")]),
        ("施策３－２　地域活動の担い手づくり",
         "地域づくり協議会の設立を支援し、地域活動を担う人材を養成する講座を開いた。",
         [("地域づくり協議会の設立数", "3団体", "4団体", "6団体", "7団体", "10団体"),
          ("市民活動センターの登録団体数", "126団体", "130団体", "138団体", "141団体", "150団体"),
          ("地域活動の担い手養成講座の修了者数（累計）", "―", "24人", "51人", "80人", "150人")])]
    body = [paragraph("白鷺台市　第２期まち・ひと・しごと創生総合戦略　進捗状況報告書", "Title"),
            paragraph("基本目標３　誰もが活躍できる地域をつくる", "Head")]
    tables = {}
    for i, (heading, prose, rows) in enumerate(sections, start=1):
        table, widths = _two_row_header_table(f"K{i}", years, rows)
        tables[f"K{i}"] = widths
        body += [paragraph(heading, "Head"), paragraph(prose, "Body"), paragraph("重要業績評価指標（KPI）", "Caption"),
                 table]
    return _word_document(body, tables)


# --- 113: a wide sheet fit to one A3 page ---------------------------------------------------------------------


def fit_to_page_a3() -> str:
    """113: a wide progress sheet printed fit to one A3 landscape page: the font shrinks to a few points."""
    header = ("No.", "基本目標", "指標名", "単位", "基準値（H30）", "R1", "R2", "R3", "R4", "R5", "目標値（R6）",
              "担当課", "備考")
    data = [("1", "基本目標１　稼ぐ力を高める", "市内新規学卒者の市内就職者数", "人",
             [214, 220, 198, 205, 231, 240, 250], "商工労働課", ""),
            ("2", "基本目標１　稼ぐ力を高める", "観光消費額", "千円",
             [1850000, 1920000, 820000, 1105000, 1640000, None, 2100000], "観光課", "R5は集計中"),
            ("3", "基本目標２　人の流れをつくる", "移住者数", "人",
             [96, 104, 121, 133, 140, 152, 150], "移住推進課", ""),
            ("4", "基本目標３　結婚・出産・子育ての希望をかなえる", "合計特殊出生率", "",
             [1.42, 1.40, 1.38, 1.36, 1.35, 1.33, 1.50], "こども政策課", "人口動態統計"),
            ("5", "基本目標３　結婚・出産・子育ての希望をかなえる", "放課後児童クラブの待機児童数", "人",
             [22, 18, 11, 6, 2, 0, 0], "こども政策課", "各年5月1日")]

    def number(value: float | None, rate: bool) -> str:
        if value is None:
            return _sheet_cell("―", style="R")
        shown = f"{value:.2f}" if rate else f"{value:,}"
        style = "Nrate" if rate else "Nthousands"
        return (f'<table:table-cell table:style-name="{style}" office:value-type="float" office:value="{value}">'
                f"<text:p>{shown}</text:p></table:table-cell>")

    rows = [_line("青嵐市　総合戦略　KPI進捗管理表（令和５年度末）", "T", len(header)), _blank(len(header)),
            _row(*(_sheet_cell(h, style="H") for h in header))]
    for no, goal, name, unit, values, department, note in data:
        rows.append(_row(_sheet_cell(no, style="C"), _sheet_cell(goal, style="G"), _sheet_cell(name, style="G"),
                         _sheet_cell(unit, style="C"), *(number(v, not unit) for v in values),
                         _sheet_cell(department, style="G"), _sheet_cell(note, style="G")))
    formats = ('<number:number-style style:name="thousands"><number:number number:decimal-places="0" '
               'number:min-integer-digits="1" number:grouping="true"/></number:number-style>'
               '<number:number-style style:name="rate"><number:number number:decimal-places="2" '
               'number:min-integer-digits="1"/></number:number-style>')
    widths = [1.4, 9.0, 11.0, 2.0, 4.0, 3.6, 3.6, 3.6, 3.6, 3.6, 4.0, 5.0, 8.0]
    return _calc(rows, widths, font_size="11pt", page_extra='style:scale-to-pages="1"', data_styles=formats,
                 size=("42cm", "29.7cm"))


# --- 114: value over its year in each cell ----------------------------------------------------------------------


def value_over_year() -> str:
    """114: value cells of two lines, the value over its own year; the headers name no year."""
    header = ["指標名", "基準値", "実績値", "目標値"]
    widths = [7.4, 3.2, 3.2, 3.2]
    goal_table = [("村内の就業者数", "1,120人\n（H30年度）", "1,085人\n（R4年度）", "1,150人\n（R7年度）")]
    kpi_table = [("新規就農者数", "2人\n（H30年度）", "5人\n（R4年度）", "8人\n（R7年度）"),
                 ("農産物直売所の年間売上高", "6,200万円\n（H30年度）", "7,450万円\n（R4年度）", "8,000万円\n（R7年度）"),
                 ("林業従事者数", "18人\n（R元年度）", "21人\n（R4年度）", "25人\n（R7年度）")]
    body = [paragraph("夕凪村　第２期総合戦略　数値目標と重要業績評価指標", "Title"),
            paragraph("基本目標１　村の産業を育て、働く場をつくる", "Head"),
            paragraph("【数値目標】", "Caption"), _table("G1", widths, header, goal_table),
            paragraph("【重要業績評価指標（KPI）】", "Caption"), _table("K1", widths, header, kpi_table)]
    return _word_document(body, {"G1": widths, "K1": widths})


# --- 115: hidden grid, only the header ruled ----------------------------------------------------------------------


def header_only_rules() -> str:
    """115: a sheet printed without grid, only the header row ruled; goal headings in rows of their own."""
    n = 5
    header = ("指標名", "基準値（R2）", "実績値（R5）", "目標値（R7）", "担当課")
    goals = [("基本目標１　地域の魅力で人を呼び込む",
              [("観光入込客数", "52.4万人", "48.9万人", "60万人", "商工観光課"),
               ("移住者数", "38人", "57人", "60人", "企画課"),
               ("町内宿泊施設の宿泊者数", "3.1万人", "3.4万人", "4万人", "商工観光課")]),
             ("基本目標２　健康で長生きできる町をつくる",
              [("特定健康診査の受診率", "41.5%", "46.2%", "60.0%", "健康福祉課"),
               ("胃がん検診の受診率", "8.4%", "9.1%", "15.0%", "健康福祉課"),
               ("介護予防教室の参加者数", "1,240人", "1,580人", "2,000人", "健康福祉課")])]
    rows = [_line("千草町　総合戦略　KPI達成状況一覧（令和５年度）", "T", n), _blank(n),
            _row(*(_sheet_cell(h, style="HB") for h in header))]
    for goal, items in goals:
        rows.append(_line(goal, "U", n))
        rows += [_row(_sheet_cell(name, style="U"), *(_sheet_cell(v, style="UR") for v in values),
                      _sheet_cell(department, style="U")) for name, *values, department in items]
    return _calc(rows, [6.5, 2.6, 2.6, 2.6, 2.6], landscape=False)


# --- 116: an evaluation in words ----------------------------------------------------------------------------------


def evaluation_words() -> str:
    """116: a 達成率 column and an `評価` column of words, the legend under the table."""
    n = 6
    header = ("指標名", "基準値（R1）", "実績値（R5）", "目標値（R6）", "達成率", "評価")
    data = [("市内の年間出生数", "620人", "548人", "650人", "84.3%", "概ね順調"),
            ("子育て支援に満足している市民の割合", "62.0%", "70.4%", "72.0%", "97.8%", "概ね順調"),
            ("学童保育の登録児童数", "1,150人", "1,402人", "1,400人", "100.1%", "順調"),
            ("婚活イベントでの成立組数", "8組", "11組", "15組", "73.3%", "遅れ"),
            ("地域子育て支援拠点の設置数", "4か所", "6か所", "6か所", "100.0%", "順調")]
    rows = [_line("月見坂市　総合戦略　効果検証結果（令和５年度）", "T", n), _blank(n),
            _line("基本目標３　結婚・出産・子育ての希望をかなえる", "P", n),
            _row(*(_sheet_cell(h, style="H") for h in header))]
    rows += [_row(_sheet_cell(r[0], style="W"), *(_sheet_cell(v, style="R") for v in r[1:5]),
                  _sheet_cell(r[5], style="C")) for r in data]
    rows += [_blank(n), _line("※達成率は令和５年度の実績値を目標値で除したもの。", "P", n),
             _line("評価　順調：達成率100%以上　概ね順調：80%以上100%未満　遅れ：80%未満", "P", n)]
    return _calc(rows, [7.5, 2.6, 2.6, 2.6, 2.0, 2.2])


# --- 117: a web page's table with goal band rows ---------------------------------------------------------------


def web_goal_bands() -> str:
    """117: an HTML page whose KPI table carries each goal as a band row spanning every column."""
    goals = [("基本目標１　地域産業を元気にする",
              [("町内の新規創業件数", "4件", "12件", "商工観光課"),
               ("農産物直売所の売上高", "1.6億円", "2.0億円", "農林振興課")]),
             ("基本目標２　安心して暮らせる町をつくる",
              [("自主防災組織の活動率", "65.0%", "90.0%", "総務課"),
               ("地域公共交通の年間利用者数", "28,400人", "32,000人", "企画課")]),
             ("基本目標３　子どもの育ちを地域で支える",
              [("放課後子ども教室の参加者数", "1,920人", "2,400人", "教育委員会")])]
    rows = ["<tr><th>指標名</th><th>基準値（令和元年度）</th><th>目標値（令和７年度）</th><th>担当課</th></tr>"]
    for goal, items in goals:
        rows.append(f'<tr><td colspan="4" bgcolor="#dde8f5"><b>{escape(goal)}</b></td></tr>')
        rows += ["<tr>" + "".join(f"<td{' align=right' if 0 < i < 3 else ''}>{escape(c)}</td>"
                                  for i, c in enumerate(item)) + "</tr>" for item in items]
    return ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>重要業績評価指標</title></head>'
            '<body style="font-family: IPAexGothic"><h1>水鏡町　第２期総合戦略　重要業績評価指標（KPI）</h1>'
            "<p>第２期総合戦略に掲げる重要業績評価指標と、その基準値及び目標値を掲載しています。</p>"
            '<table border="1" cellspacing="0" cellpadding="4" width="100%">' + "".join(rows)
            + "</table></body></html>")


def html_table_rows(header: list[str], rows: list[tuple[str, ...]], right: Callable[[int], bool]) -> list[str]:
    """An HTML table's `<tr>` rows: the header's `<th>` cells, then one row of `<td>` cells per row, cell `i`
    right-aligned where `right(i)` (figures set flush right, as an office program does)."""
    out = ["<tr>" + "".join(f"<th>{escape(h)}</th>" for h in header) + "</tr>"]
    out += ["<tr>" + "".join(f"<td{' align=right' if right(i) else ''}>{escape(c)}</td>" for i, c in enumerate(row))
            + "</tr>" for row in rows]
    return out


def html_kpi_page(title: str, heading: str, cells: list[str], footnote: str) -> str:
    """A browser-saved page of one ruled KPI table: the plan's title, a goal heading, the table's `<tr>` rows
    (`html_table_rows`) and a footnote under it."""
    return ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>KPI</title></head>'
            f'<body style="font-family: {FONT}"><h2>{title}</h2>'
            f"<h3>{heading}</h3>"
            '<table border="1" cellspacing="0" cellpadding="4" width="100%">' + "".join(cells) + "</table>"
            f"<p>{footnote}</p></body></html>")


def convert_html(name: str, html: str) -> None:
    """An HTML page printed to PDF by LibreOffice Writer/Web, as a page saved from a browser and opened in an office
    program is printed."""
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / f"{name}.html"
        source.write_text(html, encoding="utf-8")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{Path(work) / 'profile'}", "--headless",
                        "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(LAYOUTS), str(source)],
                       check=True, capture_output=True, timeout=CONVERT_TIMEOUT_S)


# --- 118: Japanese number formats ---------------------------------------------------------------------------------


def number_formats() -> str:
    """118: number cells formatted the Japanese spreadsheet way: `△` negatives, percent, `0.0`, `#,##0`."""
    n = 6
    header = ("指標名", "単位", "基準値（R1）", "実績値（R4）", "実績値（R5）", "目標値（R7）")
    data = [("社会増減数（転入者数－転出者数）", "人", "triangle", [-42, -18, -25, 0]),
            ("自然増減数", "人", "triangle", [-96, -104, -111, -80]),
            ("村内総生産", "百万円", "thousands", [12480, 12910, 13150, 14000]),
            ("若年女性（20～39歳）の人口比率", "%", "percent", [0.084, 0.079, 0.081, 0.09]),
            ("観光入込客数", "千人", "tenths", [412.5, 380.2, 398.7, 450.0])]

    def shown(value: float, style: str) -> str:
        if style == "percent":
            return f"{value * 100:.1f}%"
        if style == "tenths":
            return f"{value:.1f}"
        return ("△" if value < 0 else "") + f"{abs(value):,}"

    def number(value: float, style: str) -> str:
        kind = "percentage" if style == "percent" else "float"
        return (f'<table:table-cell table:style-name="N{style}" office:value-type="{kind}" office:value="{value}">'
                f"<text:p>{shown(value, style)}</text:p></table:table-cell>")

    rows = [_line("鈴鳴村　人口ビジョン・総合戦略　数値目標の進捗管理表", "T", n), _blank(n),
            _line("基本目標１　人口減少に歯止めをかける", "P", n), _row(*(_sheet_cell(h, style="H") for h in header))]
    rows += [_row(_sheet_cell(name, style="W"), _sheet_cell(unit, style="C"), *(number(v, style) for v in values))
             for name, unit, style, values in data]
    integer = ('<number:number number:decimal-places="0" number:min-integer-digits="1" '
               'number:grouping="true"/>')
    formats = (f'<number:number-style style:name="triangleP" style:volatile="true">{integer}</number:number-style>'
               f'<number:number-style style:name="triangle"><number:text>△</number:text>{integer}'
               '<style:map style:condition="value()&gt;=0" style:apply-style-name="triangleP"/></number:number-style>'
               f'<number:number-style style:name="thousands">{integer}</number:number-style>'
               '<number:number-style style:name="tenths"><number:number number:decimal-places="1" '
               'number:min-integer-digits="1"/></number:number-style>'
               '<number:percentage-style style:name="percent"><number:number number:decimal-places="1" '
               'number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>')
    return _calc(rows, [8.0, 1.8, 2.8, 2.8, 2.8, 2.8], data_styles=formats)


SHEETS = {"111_pdf_calc_goal_cells_across_pages": verification_sheet,
          "113_pdf_calc_fit_to_page_a3": fit_to_page_a3,
          "115_pdf_calc_header_only_rules": header_only_rules,
          "116_pdf_calc_evaluation_words": evaluation_words,
          "118_pdf_calc_japanese_number_formats": number_formats}
TEXTS = {"112_pdf_writer_measure_two_row_header": numbered_measures,
         "114_pdf_writer_value_over_year": value_over_year}
PAGES = {"117_pdf_html_goal_band_rows": web_goal_bands}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    def wanted(names: dict) -> list[str]:
        return [name for name in names if not numbers or name.split("_")[0] in numbers]

    for name in wanted(SHEETS):
        convert_sheet(name, SHEETS[name]())
    if texts := wanted(TEXTS):
        convert({name: TEXTS[name]() for name in texts}, LAYOUTS)
    for name in wanted(PAGES):
        convert_html(name, PAGES[name]())
    for name in [*wanted(SHEETS), *wanted(TEXTS), *wanted(PAGES)]:
        print(LAYOUTS / f"{name}.pdf")


if __name__ == "__main__":
    main(sys.argv[1:])
