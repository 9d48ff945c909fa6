"""Cells centred on their row in pdfplumber's single-space text (ingest/text/spaced.py): invented sheets in the shape
of the producer matrix's 効果検証 sheet (a name, values, a department, a progress label and a reason column beside
them, every taller cell's lines interleaved with the others' by their height)."""

from __future__ import annotations

from ingest.text import spaced

#: The header band: three lines rebuilt into one header row by the cells' vertical centring.
HEADER = ["基準値 令和4年度 令和5年度 令和5年度 目標値 指標の担当 進捗が遅れている",
          "指標名 進捗状況",
          "（令和元年度） 実績値 実績値 目標値 （令和9年度） 課 理由"]
FINAL_TARGET, REASON = 5, 8


def _rows(lines: list[str]) -> list[list[str]]:
    (table,) = spaced.read_tables(lines)
    return table.grid.matrix()[1:]


def test_a_free_target_s_note_on_the_whole_lines_between_a_half_line_reason() -> None:
    """The reason (six lines, even: centred on the row, it prints half a line off the middle line, after the values
    and after their years) interleaves with a five-line note in the final target's column, which the row leaves
    free: the note's middle piece stands on the name's line, its other lines on the whole lines between the
    reason's, up to the reason's last line."""
    rows = _rows([*HEADER,
                  "利用者数が伸び悩",
                  "令和7年度の",
                  "んでいるのは、電",
                  "見直しに伴い、新",
                  "1.21 1.30 1.25 1.40 子書籍が普及して",
                  "市民一人あたり貸出冊数 たな目標を 生涯学習課 進捗の遅れ",
                  "（平成30年） （令和4年） （令和5年） （令和5年） 来館の機会が減っ",
                  "「年間貸出数」へ",
                  "たことが一因であ",
                  "変更",
                  "ると考えられる。"])
    assert rows[5][0] == "市民一人あたり貸出冊数"  # the name alone, not glued to the note's piece
    assert [row[FINAL_TARGET] for row in rows if row[FINAL_TARGET]] == [
        "令和7年度の", "見直しに伴い、新", "たな目標を", "「年間貸出数」へ", "変更"]
    assert [row[REASON] for row in rows if row[REASON]] == [
        "利用者数が伸び悩", "んでいるのは、電", "子書籍が普及して", "来館の機会が減っ", "たことが一因であ",
        "ると考えられる。"]


def test_a_name_centred_between_two_lines_of_segment_values_keeps_the_reason_s_lines_out() -> None:
    """Values for two segments on two lines, the row's middle line between them (the department, the progress
    label and the name's middle line), the name's first and last lines just outside them: the last is clearly
    narrower than the first, so the name has three lines, and the reason's lines further out, above and below,
    are the reason's, not the name's."""
    rows = _rows([*HEADER,
                  "読書の楽しさを感",
                  "じられる場づくり",
                  "が十分でなく、家",
                  "読書が好きだと答えた児童",
                  "小学校61.2% 小学校60.1% 小学校59.8% 小学校65.0% 小学校70.0% 庭での読書時間も",
                  "生徒の割合の 学校教育課 進捗の遅れ",
                  "中学校48.5% 中学校47.0% 中学校46.2% 中学校52.0% 中学校55.0% 減っていること",
                  "推移",
                  "が原因と考えられ",
                  "るため、今後も取",
                  "り組みを続ける。"])
    assert [row[0] for row in rows if row[0]] == ["読書が好きだと答えた児童", "生徒の割合の", "推移"]
    assert [row[REASON] for row in rows if row[REASON]] == [
        "読書の楽しさを感", "じられる場づくり", "が十分でなく、家", "庭での読書時間も", "減っていること",
        "が原因と考えられ", "るため、今後も取", "り組みを続ける。"]


def test_the_last_row_s_name_line_under_a_wrapped_progress_label_stays_in_the_table() -> None:
    """`概ね順調に` over the values and `進捗` under them are the two halves of one progress label centred on the
    values' line: that line is the row's middle one, so the name's lines after it (as many as before it) are the
    row's, not a title introducing the next table."""
    lines = [*HEADER,
             "図書館の年間貸出",
             "冊数の一人あたり 概ね順調に",
             "4.1冊 4.3冊 4.2冊 4.5冊 5.0冊 生涯学習課",
             "平均 進捗",
             "値",
             "① 読書活動の推進",
             "重要業績評価指標（ＫＰＩ）", *HEADER,
             "読み聞かせ会の開催数 12回 15回 16回 15回 20回 生涯学習課 順調に進捗"]
    first, _ = spaced.read_tables(lines)
    assert first.last == 7  # 0-based: the line `値`
    assert [row[0] for row in first.grid.matrix()[1:]] == ["図書館の年間貸出", "冊数の一人あたり", "", "平均", "値"]


def test_a_caption_under_the_last_piece_of_a_row_opens_no_header_cell() -> None:
    """`進捗`, the last line of the row's wrapped progress label, stands right above the next table's caption: the
    caption introduces that table (no header cell spans it), so `進捗` stays the row's and the next header has the
    same nine columns; its row, with nothing beside it but the header, is read without a guess."""
    first, second = spaced.read_tables([*HEADER,
                                        "概ね順調に",
                                        "新規求人数 1,563件 1,486件 1,472件 1,594件 1,630件 商工労働課",
                                        "進捗",
                                        "重要業績評価指標（ＫＰＩ）", *HEADER,
                                        "創業相談件数 10件 28件 28件 13件 28件 商工労働課 順調に進捗"])
    assert [row[7] for row in first.grid.matrix()[1:]] == ["概ね順調に", "", "進捗"]
    assert second.grid.matrix()[0] == first.grid.matrix()[0]
    assert not second.grid.uncertain and 1 not in second.grid.uncertain_rows


def test_a_row_beside_a_reason_s_last_line_is_read_without_a_guess() -> None:
    """A line ending a sentence (`る。`, a reason's last line) is no line of a name nor of the values' years: the
    row under it, one value in every value column, is as sure as one beside another row."""
    (table,) = spaced.read_tables([*HEADER,
                                   "施設の改修で休館",
                                   "図書館の来館者数 50万人 31万人 30万人 48万人 52万人 生涯学習課 進捗の遅れ",
                                   "したためであ",
                                   "る。",
                                   "創業相談件数 10件 28件 28件 13件 28件 商工労働課 順調に進捗"])
    rows = table.grid.matrix()
    last = len(rows) - 1
    assert rows[last][0] == "創業相談件数"
    assert not table.grid.uncertain and last not in table.grid.uncertain_rows


def test_a_name_s_line_before_a_reason_s_line_on_one_text_line_is_the_name_s() -> None:
    """The reason column's sentence lines are at most eight characters wide (the first row's): a text line placing
    `地域の大学と連携した た参加者数が、そ` in it would print two of its lines on one, so the tokens before the
    last that fits are another cell's, the name's first line (and `参加者数` its last)."""
    rows = _rows([*HEADER,
                  "改修工事のため、",
                  "図書館の来館者数 50万人 31万人 30万人 48万人 52万人 生涯学習課 進捗の遅れ 休館期間が長く、",
                  "来館者が減った。",
                  "コロナ禍で減少し",
                  "地域の大学と連携した た参加者数が、そ",
                  "市民向け講座の 248人 129人 93人 380人 475人 生涯学習課 進捗の遅れ れ以前の水準まで",
                  "参加者数 戻っていないた",
                  "め。"])
    assert [(row[0], row[REASON]) for row in rows[4:7]] == [
        ("地域の大学と連携した", "た参加者数が、そ"), ("市民向け講座の", "れ以前の水準まで"),
        ("参加者数", "戻っていないた")]


#: An invented sheet with goal columns before the name (the matrix's `hrules` style).
GOAL_HEADER = ["計画最終年度",
               "基準値 令和４年度 令和５年度 令和５年度",
               "基本目標 具体的な施策 区分 指標名 目標値 指標の担当課 進捗状況 進捗が遅れている理由",
               "（令和元年度） 実績値 実績値 目標値",
               "（令和９年度）"]


def test_a_goal_heading_cut_by_its_column_goes_on_on_a_short_line_under_its_row() -> None:
    """`1-1 にぎわいのある商` on a row's line and `店街づくり` alone on the next line, the line as far above the row
    a heading printed whole: the heading's last line, in its column, not a reason's one-line cell."""
    (table,) = spaced.read_tables([*GOAL_HEADER,
                                   "1 まちの活力",
                                   "1-1 にぎわいのある商 数値目標 中心街の歩行者数 1,200人 1,100人 1,150人 "
                                   "1,300人 1,500人 商工労働課 順調に進捗",
                                   "店街づくり",
                                   "KPI 空き店舗の活用件数 3件 5件 6件 7件 10件 商工労働課 順調に進捗"])
    rows = table.grid.matrix()
    row = next(k for k, cells in enumerate(rows) if "中心街の歩行者数" in cells)
    column = rows[row].index("1-1 にぎわいのある商")
    assert rows[row + 1][column] == "店街づくり"
    assert [cell for cell in rows[row + 1] if cell] == ["店街づくり"]


def test_a_free_target_s_marked_note_cut_at_its_spaces_is_one_cell() -> None:
    """A `※` note in the final target's column (no target set yet), its lines cut at their spaces and sharing
    their lines with the reason's (`時 に新たな指 く設定したため。`) and with the values (`51.0% … 標を検 討する`):
    the note is prose, one cell, centred on the row; none of its pieces goes to the name or to the
    target's value beside it, and the reason keeps its own lines."""
    rows = _rows([*HEADER,
                  "講座の参加者数 120人 130人 140人 150人 160人 生涯学習課 順調に進捗",
                  "目標値が全国の水",
                  "※第2次計画の改定 準に合わせて高く",
                  "時 に新たな指 設定したため。受",
                  "51.0% 52.3% 53.1% 標を検 討する 地域福 診率は、毎年上昇",
                  "健診の受診率 60.0% 進捗の遅れ",
                  "（平成30年度） （令和３年度） （令和４年度） 次の 計画で 祉課 ており、今後も広",
                  "設定 する 報を強化して受診",
                  "予定 を促していきたい",
                  "と考えている。"])
    assert [row[0] for row in rows if row[0]] == ["講座の参加者数", "健診の受診率"]
    assert [row[4] for row in rows if row[4]] == ["150人", "60.0%"]
    assert [row[FINAL_TARGET] for row in rows if row[FINAL_TARGET]] == [
        "160人", "※第2次計画の改定", "時 に新たな指", "標を検 討する", "次の 計画で", "設定 する", "予定"]
    assert [row[REASON] for row in rows if row[REASON]] == [
        "目標値が全国の水", "準に合わせて高く", "設定したため。受", "診率は、毎年上昇", "ており、今後も広",
        "報を強化して受診", "を促していきたい", "と考えている。"]


def test_a_name_ending_in_an_office_word_leaves_the_wrapped_department_its_first_piece() -> None:
    """A name ending in an office word (`地域交流センター`) reads as a department on its own, but printed before the
    row's values it is the name's: the department wrapped beside it (`市民協` / `働課`) is still found whole."""
    rows = _rows([*HEADER,
                  "地域交流センター 1,200人 1,350人 1,400人 1,500人 市民協",
                  "1,800人 順調に進捗",
                  "の利用者数 働課"])
    assert [row[6] for row in rows if row[6]] == ["市民協", "働課"]
    assert not any(row[REASON] for row in rows)


def test_lone_lines_just_around_a_one_line_name_inside_a_reason_are_the_reason_s() -> None:
    """A one-line name on the row's line and a six-line reason (even: its lines stand half a line off the row's
    line): the reason's lines just above and below the row's line stand alone, as wide as the name, with the
    reason's lines right outside both; they are the reason's (a three-line name would print its outer lines there,
    and no sentence ends above the row nor fails to end below it)."""
    rows = _rows([*HEADER,
                  "創業相談件数 10件 28件 28件 13件 28件 商工労働課 順調に進捗",
                  "担い手の高齢化や、感染",
                  "症による活動の自粛もあ",
                  "り運営の知識ややり方が",
                  "見守り訪問事業の実施率 52.9% 51.2% 50.0% 61.8% 55.2% 高齢政策課 進捗の遅れ",
                  "うまく引き継がれなかっ",
                  "たり途絶えたりした地区",
                  "があるため。",
                  "認知症サポーター数 11,762人 12,752人 13,443人 13,700人 15,200人 高齢政策課 概ね順調に進捗"])
    assert [row[0] for row in rows if row[0]] == ["創業相談件数", "見守り訪問事業の実施率", "認知症サポーター数"]
    assert [row[REASON] for row in rows if row[REASON]] == [
        "担い手の高齢化や、感染", "症による活動の自粛もあ", "り運営の知識ややり方が", "うまく引き継がれなかっ",
        "たり途絶えたりした地区", "があるため。"]


def test_a_name_s_last_line_mirrors_its_first_around_a_short_middle_piece() -> None:
    """A name wrapped so that its middle line, on the row's line, is one letter (`て`): its first line above is the
    name's (wider than any of the reason column's sentence lines, the first row's), so its last line below is too
    (cells are centred on their row), whether alone on its line or before the reason's last line
    (`参加者数 ていないため。`)."""
    rows = _rows([*HEADER,
                  "会員の利用は、一時的な預り",
                  "や送迎の場合もあり、それぞ",
                  "子育て支援会員登録数 828人 655人 623人 880人 700人 こども保育課 進捗の遅れ "
                  "れが必要な期間を終えると、",
                  "会員整理通知により、継続意",
                  "向の無い会員は退会するため。",
                  "自分の住んでいる地域を誇りに思っ",
                  "て 85.2% 90.5% 90.4% 88.0% 90.0% 学校教育課 順調に進捗",
                  "いる児童・生徒の割合",
                  "大学との連携による市民公開講 コロナ禍で減少した参加者数",
                  "座 248人 129人 93人 380人 475人 生涯学習課 進捗の遅れ が、それ以前の水準まで戻っ",
                  "参加者数 ていないため。"])
    assert [row[0] for row in rows if row[0]] == [
        "子育て支援会員登録数", "自分の住んでいる地域を誇りに思っ", "て", "いる児童・生徒の割合",
        "大学との連携による市民公開講", "座", "参加者数"]
    assert [row[REASON] for row in rows[5:] if row[REASON]] == [
        "コロナ禍で減少した参加者数", "が、それ以前の水準まで戻っ", "ていないため。"]


def test_a_short_one_line_name_between_its_values_and_years_leaves_the_reason_its_lines() -> None:
    """Values over the row's middle line, their years under it: the name on the middle line is clearly narrower
    than the name column's full lines (the first row's one-line name), so it is the name's last line and its only
    one, and the text-only lines as far above as below it are the reason's."""
    rows = _rows([*HEADER,
                  "市内の公園の年間利用者数 12万人 13万人 14万人 15万人 16万人 公園緑地課 順調に進捗",
                  "コロナ禍で抑制さ",
                  "れていた件数が、",
                  "1,634件 1,420件 1,869件 1,450件 1,318件",
                  "刑法犯認知件数 安心安全課 進捗の遅れ 戻りつつある。",
                  "（令和元年） （令和4年） （令和5年） （令和5年） （令和9年）",
                  "特に、自転車の盗",
                  "難が増加した。"])
    assert [row[0] for row in rows if row[0]] == ["市内の公園の年間利用者数", "刑法犯認知件数"]
    assert [row[REASON] for row in rows if row[REASON]] == [
        "コロナ禍で抑制さ", "れていた件数が、", "戻りつつある。", "特に、自転車の盗", "難が増加した。"]


def test_a_reason_s_lines_mirrored_around_a_two_line_name_of_full_lines_are_no_name_s() -> None:
    """A two-line name of full lines (nine characters, as wide as the one-line names) straddles its values; a
    eleven-line reason of seven-character lines is centred on the same row, its lines above and below the
    name's. The reason's lines are two characters narrower than a full name line: were the nearest pair the name's,
    the upper one would be its first line, which fills the column, so the name ends at its second full line."""
    rows = _rows([*HEADER,
                  "市民農園の総区画数 40区画 42区画 44区画 45区画 50区画 農政課 順調に進捗",
                  "地域の見守りボ",
                  "ランティアの活",
                  "動の中心だった",
                  "世代が高齢とな",
                  "り担い手の確保",
                  "見守りボランティア 福祉政策",
                  "120人 110人 98人 130人 140人 進捗の遅れ が難しくなって",
                  "の活動者の登録人数 課",
                  "いるため新たな",
                  "参加者を呼び込",
                  "む仕組みが必要",
                  "になっているた",
                  "め。"])
    assert [row[0] for row in rows if row[0]] == ["市民農園の総区画数", "見守りボランティア", "の活動者の登録人数"]
    assert [row[REASON] for row in rows if row[REASON]] == [
        "地域の見守りボ", "ランティアの活", "動の中心だった", "世代が高齢とな", "り担い手の確保", "が難しくなって",
        "いるため新たな", "参加者を呼び込", "む仕組みが必要", "になっているた", "め。"]


def test_a_name_line_beside_a_value_over_its_year_is_no_one_line_name() -> None:
    """One value printed over its year (`と 74.1%` / `（令和3年度）`), the row's other values and its one-line cells
    on the line between: the short text beside that value is the second line of a four-line name, not a one-line
    name, so the name's first line above it and its last line below stay the name's."""
    rows = _rows([*HEADER,
                  "まちに愛着を持って",
                  "い 61.5%",
                  "60.2% 63.0% 64.0% 66.0% 広報課 順調に進捗",
                  "る市民の割合の推 （令和3年度）",
                  "移"])
    assert [row[0] for row in rows if row[0]] == ["まちに愛着を持って", "い", "る市民の割合の推", "移"]
    assert not any(row[REASON] for row in rows)


#: The header band of an action plan's indicator table: a value's year printed under it, an explanation column.
PLAN_HEADER = ["現状値 目標値", "指標名 解説・算出方法など", "（令和５年度） （令和１１年度）"]
EXPLANATION = 3
#: A one-line name as wide as the name column: the column's full lines are this wide.
FULL_ROW = "放課後児童クラブを利用している児童の人数 １，２００人 １，５００人 各年５月１日現在"


def _plan_rows(lines: list[str]) -> list[list[str]]:
    return _rows([*PLAN_HEADER, *lines])


def test_explanation_lines_outside_a_two_line_name_that_no_row_above_reaches_are_the_explanation_s() -> None:
    """Two rows whose two-line names straddle their values, a three-line explanation centred on the same row (its
    middle line after the values), a title for the next table under the last row. The explanation's first line
    stands under the header or under the row above's last line, which that row's values do not mirror: no row
    above prints it, so it and its mirror under the name's last line are the explanation's; the last row's lines
    end there, and the title is no cell."""
    rows = _plan_rows([FULL_ROW,
                       "市民アンケートにおける「重点施策 ３-２",
                       "地域で安心して子育てができると感じる市",
                       "４５．０％ ５０．０％ 地域で安心して子育てができる」",
                       "民の割合",
                       "に関する市民の評価",
                       "市民アンケートにおける「重点施策 ３-３",
                       "身近な場所で学び直しができると感じる市",
                       "３０．５％ ４０．０％ 身近な場所で学び直しができる」",
                       "民の割合",
                       "に関する市民の評価",
                       "生涯学習の推進"])
    assert [row[0] for row in rows if row[0]] == [
        "放課後児童クラブを利用している児童の人数", "地域で安心して子育てができると感じる市", "民の割合",
        "身近な場所で学び直しができると感じる市", "民の割合"]
    assert [row[EXPLANATION] for row in rows if row[EXPLANATION]][1:] == [
        "市民アンケートにおける「重点施策 ３-２", "地域で安心して子育てができる」", "に関する市民の評価",
        "市民アンケートにおける「重点施策 ３-３", "身近な場所で学び直しができる」", "に関する市民の評価"]

def test_a_one_line_name_beside_its_values_leaves_the_explanation_s_lines_around_it() -> None:
    """A one-line name printed with its values, clearly narrower than the column's full lines (the first row's
    name), between two single texts, the upper one a sentence's and hardly wider than the name: were they the
    name's, the name's middle line would fill the column, so they are the explanation's first and last lines
    (centred on the row, its middle line empty)."""
    rows = _plan_rows([FULL_ROW,
                       "７，１８６人 ６，９１４人",
                       "年少人口 15歳未満の人口",
                       "（令和５年） （令和 １１年）",
                       "75歳以上の市民のうち、要支援",
                       "自立して暮らす高齢者の割合 ８８．０％ ９０．０％以上",
                       "認定を受けていない人の割合"])
    assert [row[0] for row in rows if row[0]] == [
        "放課後児童クラブを利用している児童の人数", "年少人口", "自立して暮らす高齢者の割合"]
    assert [row[EXPLANATION] for row in rows if row[EXPLANATION]] == [
        "各年５月１日現在", "15歳未満の人口", "75歳以上の市民のうち、要支援", "認定を受けていない人の割合"]


def test_a_short_name_beside_an_explanation_s_line_between_its_values_and_years_is_one_line() -> None:
    """Values over the row's middle line, their years under it; the middle line prints the name and the middle line
    of a three-line explanation: the name, clearly narrower than a full line, is the name's only line, and the
    single texts as far above as below the middle line are the explanation's."""
    rows = _plan_rows([FULL_ROW,
                       "工業統計調査において公表",
                       "１２，３４５人 １３，０００人",
                       "製造業の従業者数 されている市内の事業所の従業",
                       "（令和３年） （令和８年）",
                       "者数"])
    assert [row[0] for row in rows if row[0]] == ["放課後児童クラブを利用している児童の人数", "製造業の従業者数"]
    assert [row[EXPLANATION] for row in rows if row[EXPLANATION]] == [
        "各年５月１日現在", "工業統計調査において公表", "されている市内の事業所の従業", "者数"]

def test_a_free_target_s_note_of_even_lines_shares_the_half_lines_with_an_even_reason() -> None:
    """The row's middle line prints the name and its one-line cells only: the reason (six lines) and the note in
    the final target's column, which the row leaves free (four lines), both straddle it. On the lines half a line
    off it (after the values, after their years) and on the lines as far out again, each line's last text is the
    reason's line and the texts before it the note's."""
    rows = _rows([*HEADER,
                  "利用者数が伸び",
                  "令和７年度の 見 悩んでいるのは、",
                  "１．２１ １．３０ １．２５ １．４０ 直しに伴い、新 た 電子書籍が普及",
                  "市民一人あたり貸出冊数 生涯学習課 進捗の遅れ",
                  "（平成３０年） （令和４年） （令和５年） （令和５年） な目標を 「年間 して来館の機会",
                  "貸出数」へ 変更 が減ったため。"])
    assert [row[0] for row in rows if row[0]] == ["市民一人あたり貸出冊数"]
    assert [row[FINAL_TARGET] for row in rows if row[FINAL_TARGET]] == [
        "令和７年度の 見", "直しに伴い、新 た", "な目標を 「年間", "貸出数」へ 変更"]
    assert [row[REASON] for row in rows if row[REASON]] == [
        "利用者数が伸び", "悩んでいるのは、", "電子書籍が普及", "して来館の機会", "が減ったため。"]



#: A header band whose progress column (`進捗率`) prints a rate: the rows below leave it empty.
PROGRESS_HEADER = ["基準値 目標値",
                   "指標名 進捗率 進捗が遅れている理由",
                   "（令和元年度） （令和6年度）"]


def test_an_empty_progress_column_beside_values_of_one_count_unit_leaves_the_row_sure() -> None:
    """A row leaving its progress column empty is read without a guess when its values print one unit other than
    a rate (`件`): an indicator's values share its unit, so none is the progress rate (`進捗率`) moved into a value
    column. Values in `%` may be: that row stays a guess."""
    (table,) = spaced.read_tables([*PROGRESS_HEADER,
                                   "新規求人数 1,563件 1,602件",
                                   "創業相談件数 10件 14件",
                                   "市民満足度 76.4% 85.0%"])
    rows = table.grid.matrix()
    assert [row[0] for row in rows[1:]] == ["新規求人数", "創業相談件数", "市民満足度"]
    assert not table.grid.uncertain
    assert table.grid.uncertain_rows == {0, 3}  # the header's row (placed by centring) and the row in %


def _observations(tmp_path, lines: list[str]) -> list[dict]:
    """The observations the whole pipeline reads from the text (a pdfplumber layer saved as a file)."""
    from ingest.document import load
    from ingest.registry import extract
    from records import extraction_records

    path = tmp_path / "sheet.plumber.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    observations, _, _ = extraction_records(extract(load(path)))
    return observations


#: Four rows of the sheet: one-line names on their values' line before and after a name wrapped on two lines,
#: which the centring prints on the lines above and below its values (the values and the department between them),
#: beside the two lines of its progress label.
CENTRED_NAME_ROWS = ["新規求人数 1,563件 1,486件 1,472件 1,594件 1,630件 商工労働課 順調に進捗",
                     "創業相談件数 10件 28件 28件 13件 28件 商工労働課 順調に進捗",
                     "女性のための就職支援 概ね順調に",
                     "41人 40人 46人 50人 58人 商工労働課",
                     "セミナーの参加者数 進捗",
                     "ほ場整備面積 3,923ha 3,933ha 3,942ha 3,940ha 3,949ha 農村整備課 順調に進捗"]


def test_a_name_centred_on_its_values_line_is_no_guess(tmp_path) -> None:
    """A name wrapped on the line above and the line below its values' own line (pdfplumber prints each of a row's
    one-line cells on a line of its own between a two-line cell's lines): the cells' centring gathers the three
    lines into one row, centred on its values' line as every row of the run is (no other split centres them all),
    so its five values are read without a guess, as the one-line rows'."""
    observations = _observations(tmp_path, [*HEADER, *CENTRED_NAME_ROWS])
    wrapped = [o for o in observations if o["kpi_name"] == "女性のための就職支援セミナーの参加者数"]
    assert [(o["value"], o["unit"]) for o in wrapped] == [(41.0, "人"), (40.0, "人"), (46.0, "人"), (50.0, "人"),
                                                          (58.0, "人")]
    assert [o["uncertain"] for o in observations] == [False] * 20


def test_a_name_line_between_two_rows_of_values_alone_stays_a_guess(tmp_path) -> None:
    """A line of a name's text between two lines of values that print no name: whether it ends the upper row's
    name or opens the lower row's, no split centres every row on its values' line, so both rows stay flagged, with
    a reason that says the row's lines were gathered by a guess."""
    observations = _observations(tmp_path, [*HEADER, CENTRED_NAME_ROWS[0], "女性のための就職支援 概ね順調に",
                                            "41人 40人 46人 50人 58人 商工労働課",
                                            "セミナーの参加者数 進捗",
                                            "19人 18人 23人 24人 22人 障害福祉課 順調に進捗",
                                            "障害者の新規就労者数"])
    guessed = [o for o in observations if o["kpi_name"] != "新規求人数"]
    assert len(guessed) == 10 and all(o["uncertain"] for o in guessed)
    assert {o["uncertain_reason"] for o in guessed} <= {"name_beside", "lines_beside"}


def test_a_sheet_of_names_wrapped_around_their_values_is_flagged_row_by_row(tmp_path) -> None:
    """Every row wraps its name on the lines above and below its values' line, so no line is read without a guess
    (no line prints its name beside its values). Each row's only doubt is which lines it gathers, and the centring
    settles it for every row (each record's one values line in its middle): the rows are flagged one by one, not
    the table as a whole, and none stays flagged."""
    observations = _observations(tmp_path, [*HEADER, *CENTRED_NAME_ROWS[2:5],
                                            "市民一人あたりの 概ね順調に",
                                            "4.1冊 4.3冊 4.2冊 4.5冊 5.0冊 生涯学習課",
                                            "年間貸出冊数 進捗"])
    assert [(o["kpi_name"], o["value"], o["uncertain"]) for o in observations] == [
        *(("女性のための就職支援セミナーの参加者数", value, False) for value in (41.0, 40.0, 46.0, 50.0, 58.0)),
        *(("市民一人あたりの年間貸出冊数", value, False) for value in (4.1, 4.3, 4.2, 4.5, 5.0))]


#: A row out of the centred shape: its baseline cell prints its value and its year on two lines (the name's), the
#: other values on the line between them, so no line of values is the row's middle one alone.
TWO_LINE_BASELINE_ROW = ["観光案内所の利用 250人 概ね順調に",
                         "180人 200人 260人 300人 観光課",
                         "者数 （平成30年度） 進捗"]


def test_rows_after_a_row_out_of_the_centred_shape_are_settled_from_the_run_s_end(tmp_path) -> None:
    """A row out of the centred shape opens the run; the rows after it, each centred on its values' line, fix their
    extents from the run's last line back (the last row ends there, each row's start the previous one's end), so
    they are read without a guess; the row out of shape, its values placed by their order, stays flagged."""
    observations = _observations(tmp_path, [*HEADER, *TWO_LINE_BASELINE_ROW, *CENTRED_NAME_ROWS[2:]])
    assert [(o["kpi_name"], o["value"], o["uncertain"]) for o in observations] == [
        *(("観光案内所の利用者数", value, True) for value in (250.0, 180.0, 200.0, 260.0, 300.0)),
        *(("女性のための就職支援セミナーの参加者数", value, False) for value in (41.0, 40.0, 46.0, 50.0, 58.0)),
        *(("ほ場整備面積", value, False) for value in (3923.0, 3933.0, 3942.0, 3940.0, 3949.0))]


def test_a_centred_row_between_two_rows_out_of_shape_stays_a_guess(tmp_path) -> None:
    """The same centred row with a row out of the centred shape on either side: neither end of the run fixes its
    extent (the rows beside may as well take its name's first or last line), so it stays flagged."""
    other = [line.replace("観光案内所", "観光協会") for line in TWO_LINE_BASELINE_ROW]
    observations = _observations(tmp_path, [*HEADER, *TWO_LINE_BASELINE_ROW, *CENTRED_NAME_ROWS[2:5], *other])
    centred = [o for o in observations if o["kpi_name"] == "女性のための就職支援セミナーの参加者数"]
    assert len(centred) == 5 and all(o["uncertain"] for o in centred)
    assert {o["uncertain_reason"] for o in centred} <= {"name_beside", "lines_beside"}


def test_a_name_between_its_values_and_their_years_is_no_guess(tmp_path) -> None:
    """Each value over its year, a two-line cell that pdfplumber prints half a line off, on the lines above and
    below the one-line name's: every value column's lines stand as far above the row's middle line as below, and
    the year line prints one year under each value, so the row is read without a guess, each value with its year."""
    observations = _observations(tmp_path, [*HEADER, CENTRED_NAME_ROWS[0],
                                            "187事業所 187事業所 187事業所 189事業所 195事業所 概ね順調に",
                                            "製造業の事業所数 企業誘致課",
                                            "（平成29年） （令和3年） （令和3年） （令和4年） （令和8年） 進捗"])
    assert [(o["period"], o["value"], o["uncertain"]) for o in observations if o["kpi_name"] == "製造業の事業所数"
            ] == [("CY2017", 187.0, False), ("CY2021", 187.0, False), ("CY2021", 187.0, False),
                  ("CY2022", 189.0, False), ("CY2026", 195.0, False)]


def test_a_year_line_short_of_the_value_columns_stays_a_guess(tmp_path) -> None:
    """The same row whose year line prints fewer years than it has values: which value each year qualifies is read
    from their order, so the row stays flagged."""
    observations = _observations(tmp_path, [*HEADER, CENTRED_NAME_ROWS[0],
                                            "187事業所 187事業所 187事業所 189事業所 195事業所 概ね順調に",
                                            "製造業の事業所数 企業誘致課",
                                            "（平成29年） （令和3年） 進捗"])
    row = [o for o in observations if o["kpi_name"] == "製造業の事業所数"]
    assert len(row) == 5 and all(o["uncertain"] for o in row)


#: A row printing its name and every value on one line, its values' years on the next line, one under each.
YEARS_UNDER_VALUES_ROW = ["市民活動団体数 45団体 50団体 52団体 55団体 60団体 市民協働課 順調に進捗",
                          "（令和元年） （令和4年） （令和5年） （令和5年） （令和9年）"]


def test_the_one_named_line_between_a_heading_and_the_table_s_end_gathers_every_line(tmp_path) -> None:
    """A goal heading opens a run of lines with a single line printing a name: the line of years under it can go
    with no other row, so the row's values are read without a guess, each with its year."""
    observations = _observations(tmp_path, [*HEADER, CENTRED_NAME_ROWS[0], "② 市民活動の促進",
                                            *YEARS_UNDER_VALUES_ROW])
    assert [(o["period"], o["value"], o["uncertain"]) for o in observations if o["kpi_name"] == "市民活動団体数"] == [
        ("CY2019", 45.0, False), ("CY2022", 50.0, False), ("CY2023", 52.0, False), ("CY2023", 55.0, False),
        ("CY2027", 60.0, False)]


def test_a_line_of_years_between_two_named_rows_stays_a_guess(tmp_path) -> None:
    """The same rows with no heading between them: the line of years could be either row's (no centring tells), so
    the row beside it stays flagged."""
    observations = _observations(tmp_path, [*HEADER, CENTRED_NAME_ROWS[0], *YEARS_UNDER_VALUES_ROW])
    row = [o for o in observations if o["kpi_name"] == "市民活動団体数"]
    assert len(row) == 5 and all(o["uncertain"] for o in row)


def test_a_reason_s_last_line_a_closing_mark_wider_than_its_others_stays_the_reason_s() -> None:
    """The last row's reason ends after its values' lines on a line one `。` wider than its other lines (a closing
    mark is set past the width a cell wraps at): the sentence's end, not a title after the table (000's reportlab
    sheet in pdfplumber's text: `展が原因であると考えられる。` was kept nowhere)."""
    rows = _rows([*HEADER,
                  "仕事と子育てを両立できる環",
                  "1.35 1.40 1.38 1.45 1.66 境整備の遅れや、結婚・出産",
                  "合計特殊出生率 こども課 進捗の遅れ",
                  "（令和元年） （令和4年） （令和5年） （令和5年） （令和9年） に対する価値観の変化を背景",
                  "とした、未婚化・晩婚化の進",
                  "展が原因であると考えられる。"])
    assert [row[REASON] for row in rows if row[REASON]] == [
        "仕事と子育てを両立できる環", "境整備の遅れや、結婚・出産", "に対する価値観の変化を背景",
        "とした、未婚化・晩婚化の進", "展が原因であると考えられる。"]


#: A row whose department and progress label wrap on the lines above and below its values' line, between two
#: one-line rows: the progress column (`進捗状況`) is empty on the values' line.
PROGRESS_AROUND_ROWS = ["新規求人数 1,563件 1,486件 1,472件 1,594件 1,630件 商工労働課 順調に進捗",
                        "健康づくり 概ね順調に",
                        "妊婦健康診査受診率 80.5% 82.1% 78.1% 82.0% 82.0%",
                        "課 進捗",
                        "ほ場整備面積 3,923ha 3,933ha 3,942ha 3,940ha 3,949ha 農村整備課 順調に進捗"]


def test_rates_beside_an_empty_progress_label_column_are_no_guess(tmp_path) -> None:
    """Five rates, one in each value column, and the progress column (`進捗状況`, a label: `概ね順調に進捗`) empty on
    their line: a label column never prints a figure, so none of the five can be its, and the rates are read
    without a guess."""
    observations = _observations(tmp_path, [*HEADER, *PROGRESS_AROUND_ROWS])
    rates = [o for o in observations if o["kpi_name"] == "妊婦健康診査受診率"]
    assert [(o["value"], o["unit"]) for o in rates] == [(80.5, "%"), (82.1, "%"), (78.1, "%"), (82.0, "%"),
                                                        (82.0, "%")]
    assert [o["uncertain"] for o in rates] == [False] * 5


def test_rates_beside_an_empty_progress_rate_column_stay_a_guess(tmp_path) -> None:
    """The same line under a progress-rate column (`進捗率`, which prints a figure such as `95.0%`): one of the
    rates may be the progress rate's, a value column left empty, so the row stays flagged `empty_column`."""
    header = [HEADER[0], HEADER[1].replace("進捗状況", "進捗率"), HEADER[2]]
    observations = _observations(tmp_path, [*header, *PROGRESS_AROUND_ROWS])
    rates = [o for o in observations if o["kpi_name"] == "妊婦健康診査受診率"]
    assert len(rates) == 5
    assert {o["uncertain_reason"] for o in rates} == {"empty_column"}


def test_rates_beside_one_of_two_progress_columns_left_empty_stay_a_guess() -> None:
    """Two progress columns (`進捗状況`, `進捗評価`), the second printing the row's label and the first empty: one of
    them may be no column at all (a `進捗状況` banner over the value columns, read as a column of its own), so its
    emptiness says nothing of the values and the row in `%` stays a guess, as beside a rate column."""
    (table,) = spaced.read_tables(["基準値 目標値",
                                   "指標名 進捗状況 進捗評価",
                                   "（令和元年度） （令和6年度）",
                                   "新規求人数 1,563件 1,602件 順調",
                                   "市民満足度 76.4% 85.0% 遅れ"])
    rows = table.grid.matrix()
    assert [row[0] for row in rows[1:]] == ["新規求人数", "市民満足度"]
    assert table.grid.uncertain_rows == {0, 2}  # the header's row (placed by centring) and the row in %
