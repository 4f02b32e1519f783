"""Tables flattened by PDF extraction, rebuilt as one bullet per row.

A PDF table comes out as its cells one after another, separated by blank lines:
the header cells ("Option", "Description"), then each row's cells ("Simple", "Route
to a single endpoint..."). Left so, every cell becomes a passage of its own and
nothing says that "Weighted" is a routing option or what it does. As bullets
("Weighted: Send a certain % of traffic...") each row is one answerable passage
under the lead-in that introduced the table.
"""

from __future__ import annotations

MIN_ROWS = 2
MAX_COLUMNS = 8
KEY_WORDS = 6  # a row's first cell names the row: short
CELL_WORDS = 80
CELL_WIDTH = 60  # a column is narrow: body text runs the page's width (75+ characters)
MAX_CELLS = MAX_COLUMNS * 40
_UNLABELLED = frozenset({"description", "details", "notes"})
_TERMINAL = (".", "!", "?", ":", ";", ",")


def _cells(lines: list[str], start: int) -> list[tuple[list[str], int]]:
    """Cells from `start` on (their lines, index of the line after), MAX_CELLS at most.

    A cell is a group of non-blank lines; a line the extractor indented starts a new one.
    """
    cells: list[tuple[list[str], int]] = []
    current: list[str] = []
    i = start
    while i < len(lines) and len(cells) < MAX_CELLS:
        line = lines[i]
        indented = line.startswith(" ") and line.strip()[:1].isupper()
        if not line.strip() or (current and indented):
            if current:
                cells.append((current, i))
                current = []
            if not line.strip():
                i += 1
                continue
        current.append(line.strip())
        i += 1
    if current:
        cells.append((current, i))
    return cells


def _header_like(cell: str) -> bool:
    """ "Option", "Max Size", "Best Used For": a few capitalised words, no figure, no stop."""
    words = cell.split()
    return (
        0 < len(words) <= 4
        and not cell.endswith(_TERMINAL)
        and not any(c.isdigit() for c in cell)
        and all(w[0].isupper() or not w[0].isalpha() for w in words)
    )


def _columns(cells: list[str]) -> int:
    """How many header cells start the run: a digit-free capitalised prefix, less row one's
    key when prose follows it ("Simple" then "Route to a single endpoint...")."""
    m = 0
    while m < len(cells) and m <= MAX_COLUMNS and _header_like(cells[m]):
        m += 1
    if m >= len(cells):
        return 0
    nxt = cells[m]
    key_with_figure = len(nxt.split()) <= 3 and not nxt.endswith(_TERMINAL)  # "T2", "C3/C4"
    return m if key_with_figure else m - 1


def _table_at(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """The rows of a table whose header starts at `start`, and the line after it."""
    cells = _cells(lines, start)
    texts = [" ".join(c) for c, _ in cells]
    k = _columns(texts)
    if not 2 <= k <= MAX_COLUMNS:
        return None
    rows: list[list[str]] = []
    end = cells[k - 1][1]
    for r in range(k, len(cells) - k + 1, k):
        row = texts[r : r + k]
        narrow = all(len(line) <= CELL_WIDTH for c, _ in cells[r : r + k] for line in c)
        if not narrow or len(row[0].split()) > KEY_WORDS or row[0].endswith(_TERMINAL):
            break
        if any(len(c.split()) > CELL_WORDS for c in row):
            break
        rows.append(row)
        end = cells[r + k - 1][1]
    if len(rows) < MIN_ROWS:
        return None
    return [_bullet(texts[:k], row) for row in rows], end


def _keyed_rows_at(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """A table without a header row under a lead-in ("...in 256KB chunks:"): a short
    capitalised name ("Provisioned IOPS"), then what it is, again and again."""
    cells = _cells(lines, start)
    rows: list[str] = []
    end = start
    for r in range(0, len(cells) - 1, 2):
        (key, _), (value, after) = cells[r], cells[r + 1]
        name, text = " ".join(key), " ".join(value)
        narrow = all(len(line) <= CELL_WIDTH for line in value)
        described = len(text.split()) >= 3  # label / figure pairs are join_label_values' job
        if not (_header_like(name) and narrow and described and not _header_like(text)):
            break
        if len(text.split()) > CELL_WORDS:
            break
        rows.append(f"• {name}: {text}")
        end = after
    return (rows, end) if len(rows) >= MIN_ROWS else None


def _bullet(header: list[str], row: list[str]) -> str:
    parts = []
    for name, value in zip(header[1:], row[1:], strict=True):
        value = value.rstrip(".")
        parts.append(value if name.lower() in _UNLABELLED else f"{name}: {value}")
    return f"• {row[0]}: " + "; ".join(parts) + "."


def rebuild_tables(lines: list[str]) -> list[str]:
    """Replace each flattened table by one bullet per row (then a blank line)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        starts = (
            _header_like(line.strip())
            and not line.startswith("•")
            and i + 1 < len(lines)
            and not lines[i + 1].strip()
        )
        found = _table_at(lines, i) if starts else None
        if not found and out and out[-1].rstrip().endswith(":") and _header_like(line.strip()):
            found = _keyed_rows_at(lines, i)
        if found:
            bullets, i = found
            out.extend([*bullets, ""])
            continue
        if starts:  # not a table: nor is any later cell of the same header-like run
            run = _cells(lines, i)
            n = next((j for j, (c, _) in enumerate(run) if not _header_like(" ".join(c))), 1)
            stop = run[max(n, 1) - 1][1]
            out.extend(lines[i:stop])
            i = stop
            continue
        out.append(line)
        i += 1
    return out
