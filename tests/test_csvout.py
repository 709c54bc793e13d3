"""The table writer writes exactly the bytes of pandas' to_csv(index=False, float_format="%.6g")."""

import numpy as np
import pandas as pd
import pytest

from analysis.csvout import csv_text, rows_text, write_csv


def pandas_bytes(df, tmp_path):
    path = tmp_path / "pandas.csv"
    df.to_csv(path, index=False, encoding="utf-8", float_format="%.6g")
    return path.read_bytes()


def ours(df, tmp_path):
    path = tmp_path / "ours.csv"
    write_csv(df, path)
    return path.read_bytes()


TABLES = {
    "every type": pd.DataFrame({
        "text": ["plain", 'with "quotes"', "comma, here", "line\nbreak", "", "cr\rhere", "ünïcödé", None],
        "string": pd.array(["a", None, "b,c", '"', "", " lead", "tail ", "x"], dtype="string"),
        "int": np.arange(8, dtype=np.int64) - 3,
        "nullable": pd.array([1, None, 3, None, 5, 6, 7, -8], dtype="Int64"),
        "float": [0.0, -0.0, 1 / 3, 1e-7, 123456789.0, np.nan, np.inf, -2.5],
        "bool": [True, False] * 4,
    }),
    "one column with empty strings": pd.DataFrame({"only": ["", "a", ""]}),
    "repeated floats, signed zeros, NaNs": pd.DataFrame({
        "f64": [0.0, -0.0, 0.0, np.nan, 1 / 3, 1 / 3, -0.0, np.nan, 2.5e300, 2.5e300, -np.inf, 1e-320],
        "f32": np.array([0.1, 0.1, -0.0, 0.0, np.nan, 3.4e38, 1e-45, 0.1, 7, 7, -1.5, np.inf], dtype=np.float32),
    }),
    "no rows": pd.DataFrame({"a": pd.Series([], dtype=float), "b": pd.Series([], dtype=object)}),
    "mixed objects (left to pandas)": pd.DataFrame({"o": [1.5, "x", None, 2]}),
    "dates (left to pandas)": pd.DataFrame({"d": pd.to_datetime(["2025-12-09", None])}),
}


@pytest.mark.parametrize("name", list(TABLES))
def test_same_bytes_as_pandas(name, tmp_path):
    df = TABLES[name]
    assert ours(df, tmp_path) == pandas_bytes(df, tmp_path)


def test_append_without_header_continues_the_file(tmp_path):
    df = TABLES["every type"]
    path = tmp_path / "parts.csv"
    write_csv(df.iloc[:3], path)
    write_csv(df.iloc[3:], path, append=True, header=False)
    assert path.read_bytes() == pandas_bytes(df, tmp_path)


def test_plain_rows_without_a_dataframe_are_pandas_text():
    rows = [("d1", 0, 3, "body", 'He said "no", twice'), ("d2", 12345678901, -1, "heading", "line\nbreak"),
            ("d3", True, 7, "", "")]
    frame = pd.DataFrame(rows, columns=list("abcde"))
    assert rows_text(rows) == csv_text(frame, header=False)
    # a missing value, or a float among text or booleans, is pandas' to format: no plain text
    assert rows_text([("d1", None)]) is None
    assert rows_text([("d1", 0.5), ("d2", "x")]) is None and rows_text([("d1", 0.5), ("d2", True)]) is None


def test_float_columns_of_plain_rows_are_pandas_text(tmp_path):
    # a float column, and a column of floats and ints (a float column to pandas: its ints in '%.6g' too)
    nan, inf = float("nan"), float("inf")
    floats = [0.0, -0.0, 1 / 3, 1e-7, 123456789.0, nan, inf, -inf, -2.5, 5e300]
    mixed = [1234567, 0.5, 3, -0.0, nan, 2**60, 7, 1e-5, 10, -1]
    rows = [(f"d{k}", k, x, y) for k, (x, y) in enumerate(zip(floats, mixed))]
    frame = pd.DataFrame(rows, columns=["doc_id", "n", "float", "mixed"])
    assert frame["float"].dtype == frame["mixed"].dtype == np.float64
    assert rows_text(rows) == csv_text(frame, header=False) == pandas_bytes(frame, tmp_path).decode().split("\n", 1)[1]
    assert rows_text(rows).splitlines()[0] == "d0,0,0,1.23457e+06"


def test_escape_quotes_exactly_where_csv_writer_does():
    import csv
    import io

    from analysis.csvout import escape

    def writer(cell):
        buffer = io.StringIO(newline="")
        csv.writer(buffer, lineterminator="\n").writerow([cell, "x"])
        return buffer.getvalue()[:-3]

    code_points = [*range(0xD800), *range(0xE000, 0x10000), *range(0x10000, 0x110000, 97)]
    cells = [f"a{chr(c)}b" for c in code_points]
    cells += ['"', '""', ',', "\n", "", " ", 'say "hi", then\nleave']
    assert [escape(c) for c in cells] == [writer(c) for c in cells]


def test_escape_all_is_escape_of_each_cell():
    # a column with no character to quote comes back as it is; one with any is escaped cell by cell
    from analysis.csvout import escape, escape_all
    plain = ("d1", "direct", "", "after:X-said")
    assert escape_all(plain) == list(plain)
    mixed = ("a", 'say "x"', "b,c", "", "line\nbreak", "plain")
    assert escape_all(mixed) == [escape(c) for c in mixed] == ["a", '"say ""x"""', '"b,c"', "", '"line\nbreak"', "plain"]
    assert escape_all(()) == []


def test_rows_of_one_empty_cell_and_repeated_values():
    df = pd.DataFrame({"n": [3, 3, -1, 3, 2**62], "b": [True, True, False, True, False],
                       "s": pd.array(["x", "x", None, "a,b", "x"], dtype="string")})
    assert csv_text(df) == 'n,b,s\n3,True,x\n3,True,x\n-1,False,\n3,True,"a,b"\n4611686018427387904,False,x\n'
    assert rows_text([("",), ("a",)]) == '""\na\n'


def test_plain_rows_are_what_csv_writer_writes():
    # columns of text, numbers and booleans, mixed within a column too, with cells that need quotes
    import csv
    import io
    rows = [("a", 1, True, "x"), ("b,c", False, 2, 3), ('say "x"', 0, -5, "line\nbreak"), ("", 10**20, True, "")]
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    assert rows_text(rows) == buffer.getvalue() == (
        'a,1,True,x\n"b,c",False,2,3\n"say ""x""",0,-5,"line\nbreak"\n,100000000000000000000,True,\n')
    assert rows_text([("a", 1), ("b",)]) is None and rows_text([()]) is None and rows_text([]) == ""
