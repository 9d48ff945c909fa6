"""One small SVG chart per scorecard row: baseline, actuals and targets over time, the final target line, the
computed status as colour. Inline SVG (text kept as text, so the page's Japanese font applies), deterministic."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")  # no display; before pyplot is imported
import matplotlib.pyplot as plt
import pandas as pd

#: Status → colour (also used by the report's CSS).
STATUS_COLOURS = {"on_track": "#1a7f37", "nearly_on_track": "#bf8700", "behind": "#cf222e",
                  "no_actual": "#6e7781", "no_target": "#6e7781"}
_STYLE = {"svg.fonttype": "none", "svg.hashsalt": "kpi-ingest", "font.size": 7,
          "font.family": "DejaVu Sans"}  # the charts print only numbers; DejaVu ships with matplotlib


def _year(period: str | None) -> int | None:
    return int(period[2:]) if isinstance(period, str) and period[2:].isdigit() else None


def _number(value: float, _position: object = None) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:g}"


def chart_svg(points: pd.DataFrame, status: str, final_target: float | None) -> str:
    """An inline <svg> of one indicator's `kpi_series` rows (role, period, value)."""
    colour = STATUS_COLOURS.get(status, "#6e7781")
    with plt.rc_context(_STYLE):
        fig, ax = plt.subplots(figsize=(3.2, 1.5))
        for role, style in (("baseline", {"marker": "s", "color": "#6e7781", "linestyle": "none"}),
                            ("actual", {"marker": "o", "color": colour, "linestyle": "-"}),
                            ("target", {"marker": "^", "color": "#0969da", "linestyle": "none",
                                        "markerfacecolor": "none"})):
            rows = points[points["role"] == role].assign(year=lambda f: f["period"].map(_year)).dropna(
                subset=["year", "value"]).sort_values("year")
            if len(rows):
                ax.plot(rows["year"], rows["value"], label=role, markersize=4, linewidth=1.2, **style)
        if final_target is not None and not pd.isna(final_target):
            ax.axhline(final_target, color="#0969da", linewidth=0.8, linestyle="--")
        ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(nbins=4, integer=True))
        ax.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(nbins=3))
        ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(_number))
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        ax.tick_params(length=2, pad=1)
        fig.subplots_adjust(left=0.2, right=0.97, top=0.95, bottom=0.15)  # fixed: tight_layout costs 0.1 s a chart
        out = io.StringIO()
        fig.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
        plt.close(fig)
    text = out.getvalue()
    return text[text.index("<svg"):]
