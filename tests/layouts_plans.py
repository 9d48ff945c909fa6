# ruff: noqa: E501  (rows of Japanese plan text read better unbroken)
"""Build the hand-made PDFs 177-182 of tests/fixtures/layouts/ (`python -m tests.layouts_plans [numbers]`).

Prose and plan chapters of other municipalities that 01-176 do not show, each a Word .docx printed by LibreOffice
Writer (needs `soffice` and fonts-ipaexfont; the PDFs are committed and CI only reads them). This script writes only
its own files. Content invented (fictional municipalities, every name and number made up):
- 177: a town's 総合戦略 chapter: under each basic goal a shaded one-cell banner box of `【数値目標】 name 現状値 △120人（R5）
  → 目標値 ±0人（R11）` lines (signs `△`/`▲` minus, `±0`), under each `具体的な施策①` heading prose and
  `◆KPI：name ／ 基準値 a（R5） ／ 目標値 b（R11）` lines;
- 178: a city's 後期基本計画 page set in two columns (a Writer section of two columns under a one-column title), each
  `施策3-1` measure's prose followed by a ruled `【成果指標】` box inside its column, each indicator's name over its
  `a（R5）→ b（R10）` figures;
- 179: a village's strategy whose KPI items state the target year first: `・name　令和11年度までに 15人（令和5年度
  4人）`, `令和10年度に 8,000人`, `令和11年度までに 累計30件` (no baseline);
- 180: a city's strategy in paragraphs whose target sentences name two indicators each (`令和11年度までに、Aを30件
  から50件に、Bを10人から20人に増やします。`), one sentence naming one (`…を、令和5年度の86万人から令和11年度
  には100万人に増やします。`); distractors: census and trend sentences;
- 181: a town's summary table of 数値目標 (`基本目標 | 数値目標 | 基準値（R5） | 目標値（R11）`, the goal cells merged
  down) whose target cells hold a phrase: `前年度比10%増`, `令和11年度に50万人`, `毎年度100人以上`, `現状値を維持`;
- 182: a town's strategy opening with a cover (plan name, date, the town's name on a line of its own) and a table of
  contents page (chapters and basic goals with dot leaders to page numbers), then the chapter's KPI tables.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.layouts_clerks import _cell, _run
from tests.layouts_genre import build
from tests.layouts_structures import _para
from tests.layouts_towns import _print_docx, _word_table, word_table_rows

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
_PAGE = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" '
         'w:header="567" w:footer="567" w:gutter="0"/>')


def _box(lines: list[str], width: int = 9600, *, shade: bool = False, size: int = 20) -> str:
    """A ruled one-cell table holding `lines` (a banner or a caption box), shaded or not."""
    fill = '<w:shd w:val="clear" w:color="auto" w:fill="E2EFDA"/>' if shade else ""
    body = "".join(_para(line, size, indent=100) for line in lines)
    cell = f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{fill}</w:tcPr>{body}</w:tc>'
    return word_table_rows([width], ["<w:tr>" + cell + "</w:tr>"])


def _page_break() -> str:
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def _section_end(columns: int) -> str:
    """An empty paragraph closing a continuous section of `columns` columns (Word's section break)."""
    return (f'<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/>{_PAGE}<w:cols w:num="{columns}" w:space="425"/>'
            '</w:sectPr></w:pPr></w:p>')


# --- 177: shaded 数値目標 banners with signed values, ◆KPI lines -----------------------------------------------------------


def signed_banners_kpi_marks(path: Path) -> Path:
    """177: per goal a shaded banner box of `【数値目標】` lines (`△`, `▲`, `±0`), per measure `◆KPI：` lines."""
    def kpi(text: str) -> str:
        return _para(f"◆KPI：{text}", 20, indent=420)

    def prose(text: str) -> str:
        return _para(text, 20, indent=210)

    body = _para("萩ノ浦町　第３期総合戦略", 28, bold=True) + _para("第３章　基本目標と具体的な施策", 24, bold=True) + _para("")
    body += _para("基本目標１　人の流れをつくり、町への移住を増やす", 24, bold=True)
    body += _box(["【数値目標】 転入超過数　現状値 △120人（R5） → 目標値 ±0人（R11）",
                  "【数値目標】 20～39歳の社会増減数　現状値 ▲45人（R5） → 目標値 10人（R11）"], shade=True)
    body += prose("若い世代の転出が続いています。住まいと仕事の情報を一体で届け、町に移り住む人を増やします。")
    body += _para("具体的な施策①　移住・定住の促進", 22, bold=True)
    body += prose("移住相談の窓口を一本化し、空き家の活用と合わせて住まい探しを支えます。")
    body += kpi("移住相談件数 ／ 基準値 48件（R5） ／ 目標値 80件（R11）")
    body += kpi("空き家バンクの成約件数 ／ 基準値 6件（R5） ／ 目標値 15件（R11）")
    body += _para("具体的な施策②　関係人口の創出", 22, bold=True)
    body += prose("ふるさと納税や交流事業を通じて、町を応援する人とのつながりを広げます。")
    body += kpi("ふるさと納税の寄附件数 ／ 基準値 3,240件（R5） ／ 目標値 5,000件（R11）")
    body += _para("")
    body += _para("基本目標２　安心して子どもを産み育てられる町をつくる", 24, bold=True)
    body += _box(["【数値目標】 年間出生数　現状値 52人（R5） → 目標値 60人（R11）",
                  "【数値目標】 自然増減数　現状値 △186人（R5） → 目標値 △150人（R11）"], shade=True)
    body += prose("出生数は減り続けています。妊娠期から子育て期まで切れ目なく支えます。")
    body += _para("具体的な施策①　子育て支援の充実", 22, bold=True)
    body += prose("一時預かりや放課後の居場所を広げ、働きながら子育てできる環境を整えます。")
    body += kpi("一時預かり事業の延べ利用者数 ／ 基準値 1,120人（R5） ／ 目標値 1,500人（R11）")
    body += kpi("放課後児童クラブの待機児童数 ／ 基準値 4人（R5） ／ 目標値 0人（R11）")
    return _print_docx(body, path)


# --- 178: a two-column page with a KPI box inside a column -------------------------------------------------------------


def two_column_kpi_box(path: Path) -> Path:
    """178: a one-column title, then two columns of measure prose (a column break between the measures), each measure
    closing with a `【成果指標】` box."""
    width = 4600

    def measure(heading: str, problems: str, direction: str, kpis: list[tuple[str, str]]) -> str:
        lines = ["【成果指標】"]
        for name, figures in kpis:
            lines += [f"・{name}", f"　{figures}"]
        return (_para(heading, 22, bold=True) + _para("【現状と課題】", 20, bold=True) + _para(problems, 20)
                + _para("【施策の方向】", 20, bold=True) + _para(direction, 20) + _box(lines, width, size=19)
                + _para(""))

    body = _para("若葉台市　第２次総合計画　後期基本計画", 28, bold=True)
    body += _para("政策３　健やかに暮らせるまち", 24, bold=True) + _section_end(1)
    body += measure("施策3-1　健康づくりの推進",
                    "生活習慣病の予防には早い時期からの健診が欠かせませんが、働く世代の受診率は伸び悩んでいます。"
                    "健診を受けない理由には、時間が取れないことや必要性を感じないことが挙げられています。",
                    "休日や夜間の健診日を設け、受診を勧める通知を工夫します。地域の団体と協力し、運動や食生活の"
                    "改善に取り組む市民を増やします。",
                    [("特定健康診査の受診率", "42.5%（R5）→ 60.0%（R10）"),
                     ("胃がん検診の受診率", "8.6%（R5）→ 15.0%（R10）"),
                     ("健康ポイント事業の参加者数", "1,850人（R5）→ 3,000人（R10）")])
    body += '<w:p><w:r><w:br w:type="column"/></w:r></w:p>'
    body += measure("施策3-2　地域医療の確保",
                    "市内の診療所の医師は高齢化が進み、休日や夜間に受診できる医療機関が限られています。"
                    "救急車の出動件数も増えています。",
                    "休日診療の当番体制を医師会と維持し、かかりつけ医を持つよう市民に呼びかけます。",
                    [("休日当番医の開設日数", "71日（R5）→ 72日（R10）"),
                     ("かかりつけ医を持つ市民の割合", "64.3%（R5）→ 75.0%（R10）")])
    body += _section_end(2)
    return _print_docx(body, path)


# --- 179: KPI items stating the target year first ---------------------------------------------------------------------


def target_year_first_items(path: Path) -> Path:
    """179: `・name　令和11年度までに 15人（令和5年度 4人）`, the target's year before its value, the baseline after."""
    def item(text: str) -> str:
        return _para(f"・{text}", 20, indent=420, hanging=210)

    body = _para("鹿野沢村　第３期総合戦略", 28, bold=True) + _para("")
    body += _para("基本目標１　村の農林業と観光で仕事をつくる", 24, bold=True)
    body += _para("施策１　農林業の担い手の確保", 22, bold=True)
    body += _para("就農の相談から研修、農地の確保までを村が一体で支えます。", 20, indent=210)
    body += _para("■重要業績評価指標（KPI）", 20, bold=True)
    body += item("新規就農者数（累計）　令和11年度までに 15人（令和5年度 4人）")
    body += item("森林整備の面積　令和11年度までに 240ha（令和5年度 96ha）")
    body += _para("施策２　滞在型観光の推進", 22, bold=True)
    body += _para("村の自然を生かした体験の場を増やし、泊まって楽しむ観光へ切り替えます。", 20, indent=210)
    body += _para("■重要業績評価指標（KPI）", 20, bold=True)
    body += item("村内宿泊者数　令和10年度に 8,000人（令和5年度 5,620人）")
    body += item("体験プログラムの数　令和11年度までに 24件（令和5年度 11件）")
    body += _para("")
    body += _para("基本目標２　村で暮らし続けられるようにする", 24, bold=True)
    body += _para("施策１　住まいの確保", 22, bold=True)
    body += _para("空き家を改修して、移住する人や村の若い世帯の住まいにします。", 20, indent=210)
    body += _para("■重要業績評価指標（KPI）", 20, bold=True)
    body += item("空き家の改修補助件数　令和11年度までに 累計30件")
    body += item("村営住宅の入居率　令和11年度までに 95%（令和5年度 82.4%）")
    return _print_docx(body, path)


# --- 180: target sentences naming two indicators ----------------------------------------------------------------------


def two_indicator_sentences(path: Path) -> Path:
    """180: paragraphs whose target sentences name two indicators, each `Aを30件から50件に`; census distractors."""
    def prose(text: str) -> str:
        return _para(text, 21, indent=210)

    body = _para("桐生野市　第２期総合戦略", 28, bold=True) + _para("")
    body += _para("基本目標１　新しい人の流れをつくる", 24, bold=True)
    body += _para("【現状と課題】", 21, bold=True)
    body += prose("本市の人口は、令和２年の国勢調査で68,420人となり、平成27年から2,910人減少しました。"
                  "転出の多くは進学や就職を迎える若い世代です。")
    body += _para("【目標】", 21, bold=True)
    body += prose("令和11年度までに、空き家バンクの成約件数を30件から50件に、移住体験ツアーの参加者数を10人から"
                  "20人に増やします。")
    body += prose("また、市内の観光入込客数を、令和5年度の86万人から令和11年度には100万人に増やします。")
    body += _para("")
    body += _para("基本目標２　子どもを育てやすいまちをつくる", 24, bold=True)
    body += _para("【現状と課題】", 21, bold=True)
    body += prose("出生数は平成30年の512人から令和5年には431人まで減っています。共働きの世帯が増え、保育の需要は"
                  "高まっています。")
    body += _para("【目標】", 21, bold=True)
    body += prose("令和11年度までに、病児保育の利用者数を年間640人から900人に、ファミリー・サポート・センターの"
                  "協力会員数を85人から120人に増やすことを目指します。")
    return _print_docx(body, path)


# --- 181: a summary table whose target cells hold a phrase -----------------------------------------------------------


def goal_summary_phrase_targets(path: Path) -> Path:
    """181: `基本目標 | 数値目標 | 基準値（R5） | 目標値（R11）`, goal cells merged down, target cells holding a phrase."""
    widths = [2500, 3300, 1700, 2100]
    header = ["基本目標", "数値目標", "基準値（R5）", "目標値（R11）"]
    goals = [("基本目標１　地域の仕事をつくる",
              [("町内事業所の従業者数", "3,420人", "3,600人"),
               ("町内の農業産出額", "18.6億円", "前年度比10%増"),
               ("観光入込客数", "42万人", "令和11年度に50万人")]),
             ("基本目標２　町に住む人を増やす",
              [("移住者数", "85人", "毎年度100人以上"),
               ("年間出生数", "96人", "現状値を維持"),
               ("転出超過数", "38人", "20人以下")])]
    rows = ["<w:tr><w:trPr><w:tblHeader/></w:trPr>" + "".join(
        _cell(h, w, align="center", shade=True) for h, w in zip(header, widths, strict=True)) + "</w:tr>"]
    for goal, items in goals:
        for i, (name, baseline, target) in enumerate(items):
            rows.append("<w:tr>" + _cell(goal if i == 0 else "", widths[0], merge="restart" if i == 0 else "continue")
                        + _cell(name, widths[1]) + _cell(baseline, widths[2], align="right")
                        + _cell(target, widths[3], align="right") + "</w:tr>")
    body = _para("桑名浜町　第３期総合戦略", 28, bold=True) + _para("")
    body += _para("第２章　数値目標の一覧", 24, bold=True)
    body += _para("基本目標ごとに、計画期間の最終年度（令和11年度）までに達成を目指す数値目標を次のとおり定めます。", 20)
    body += _para("") + word_table_rows(widths, rows) + _para("")
    body += _para("※基準値は令和５年度の実績です。", 18)
    return _print_docx(body, path)


# --- 182: a cover and a table of contents before the chapter ---------------------------------------------------------


def _toc_line(text: str, page: int, indent: int = 0) -> str:
    """A contents line: the heading, a dot leader set by a right tab stop, the page number."""
    tab = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9500"/></w:tabs>'
    ind = f'<w:ind w:left="{indent}"/>' if indent else ""
    run = _run(text, 21).replace("</w:r>", "<w:tab/></w:r>")
    return f"<w:p><w:pPr>{tab}{ind}</w:pPr>{run}{_run(str(page), 21)}</w:p>"


def _centred(text: str, size: int, *, bold: bool = False) -> str:
    return f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{_run(text, size, bold)}</w:p>'


def cover_contents_page(path: Path) -> Path:
    """182: a cover (plan, date, the town alone on a line), a contents page with dot leaders, then KPI tables."""
    widths = [4800, 2300, 2300]
    header = ["重要業績評価指標（KPI）", "基準値（R5）", "目標値（R11）"]
    body = _para("") * 6 + _centred("第３期", 32) + _centred("桜ノ宮町まち・ひと・しごと創生総合戦略", 36, bold=True)
    body += _centred("（令和７年度～令和11年度）", 24) + _para("") * 12
    body += _centred("令和７年３月", 24) + _centred("桜ノ宮町", 28, bold=True) + _page_break()
    body += _centred("目　次", 28, bold=True) + _para("")
    body += _toc_line("第１章　総合戦略の基本的な考え方", 1)
    body += _toc_line("１　策定の趣旨", 1, 420) + _toc_line("２　計画期間", 2, 420)
    body += _toc_line("第２章　基本目標と施策", 3)
    body += _toc_line("基本目標１　町の産業を育て、働く場をつくる", 3, 420)
    body += _toc_line("基本目標２　子育て世代に選ばれる町をつくる", 4, 420)
    body += _toc_line("第３章　計画の推進", 5) + _page_break()
    body += _para("第２章　基本目標と施策", 26, bold=True) + _para("")
    body += _para("基本目標１　町の産業を育て、働く場をつくる", 24, bold=True)
    body += _para("町内で働く場を増やすため、創業と事業承継を支え、特産品の販路を広げます。", 20)
    body += _word_table(widths, header, [("創業支援による創業件数", "5件", "12件"),
                                         ("事業承継の相談件数", "14件", "30件"),
                                         ("特産品の年間販売額", "2.3億円", "3億円")], (1, 2))
    body += _para("")
    body += _para("基本目標２　子育て世代に選ばれる町をつくる", 24, bold=True)
    body += _para("妊娠から子育てまでの相談を一つの窓口で受け、子育て世代の転入を増やします。", 20)
    body += _word_table(widths, header, [("子育て世帯の転入数", "46世帯", "70世帯"),
                                         ("子育て支援センターの利用者数", "2,980人", "3,600人")], (1, 2))
    return _print_docx(body, path)


BUILDERS = {"177_pdf_docx_signed_goal_banners_kpi_marks": signed_banners_kpi_marks,
            "178_pdf_docx_two_column_kpi_box": two_column_kpi_box,
            "179_pdf_docx_target_year_first_items": target_year_first_items,
            "180_pdf_docx_two_indicator_sentences": two_indicator_sentences,
            "181_pdf_docx_goal_summary_phrase_targets": goal_summary_phrase_targets,
            "182_pdf_docx_cover_contents_page": cover_contents_page}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(BUILDERS, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
