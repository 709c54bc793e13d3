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
