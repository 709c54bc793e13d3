"""Figure files are byte-for-byte reproducible and every source keeps its colour."""

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from analysis import figures  # noqa: E402


def _figure():
    fig, ax = plt.subplots()
    ax.plot([1, 2, 3], [3, 1, 2])
    ax.set_title("A title")
    return fig


def test_save_writes_identical_bytes_twice(tmp_path):
    fig = _figure()
    a = figures.save(fig, "x", tmp_path / "a")
    b = figures.save(fig, "x", tmp_path / "b")
    plt.close(fig)
    assert [p.name for p in a] == ["x.png", "x.svg"]
    for pa, pb in zip(a, b):
        assert pa.read_bytes() == pb.read_bytes()
    svg = a[1].read_text()
    assert "<dc:date>" not in svg and "Matplotlib v" not in svg


def test_source_colors_are_stable_and_order_free():
    one = figures.source_colors(["b", "a", "c"])
    two = figures.source_colors(["c", "a", "b", "a"])
    assert one == two == {"a": figures.PALETTE[0], "b": figures.PALETTE[1], "c": figures.PALETTE[2]}


def test_attribution_ledger_marks_sides_reported_only_indirectly():
    import pandas as pd

    from analysis.plots.framing import attribution_ledger

    by_side = pd.DataFrame({
        "source": ["A", "A", "B"], "side": ["Ukraine", "Russia", "Ukraine"], "quotes": [2, 0, 1],
        "direct": [2, 0, 1], "partial": [0, 0, 0], "indirect": [1, 3, 0], "quoted_words": [20, 0, 5],
        "share_of_quotes": [1.0, 0.0, 1.0], "share_of_words": [1.0, 0.0, 1.0]})
    fig = attribution_ledger(by_side)
    cells = sorted(t.get_text() for t in fig.axes[0].texts)
    # A quotes Ukraine twice and only reports Russia (3 indirect); B quotes Ukraine once and never Russia
    assert cells == ["1 q\n5 w", "2 q\n20 w", "3 ind.\nonly", "—"]


def test_same_day_timeline_says_so():
    """Three outlets on one day (a BASIL story): the title says so and every tick is a different day."""
    import pandas as pd

    from analysis.plots.overview import publication_timeline

    docs = pd.DataFrame({"doc_id": ["fox", "hpo", "nyt"], "label": ["fox", "hpo", "nyt"],
                         "source": ["fox", "hpo", "nyt"], "published": ["2010-12-01"] * 3,
                         "date_basis": ["field 'date' of the JSON"] * 3})
    fig = publication_timeline(docs)
    ax = fig.axes[0]
    title = ax.get_title() or ax.get_title(loc="left")   # the house style puts titles on the left
    assert title.startswith("All 3 dated articles appeared on 01 Dec 2010")
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert len(labels) == len(set(labels)) > 1
