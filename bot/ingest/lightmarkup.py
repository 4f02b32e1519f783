"""Org-mode, AsciiDoc, reStructuredText and MediaWiki notes, read through the formats we
already parse.

People keep notes in whatever their editor writes. Rather than a fourth tree builder,
each of these markups is turned into one we read already: reStructuredText through
docutils into HTML, org-mode (parsed by orgparse) and AsciiDoc into markdown, with the
file's own keywords (`#+TITLE:`, `:author:`, `:date:`) as front matter; a wiki page
(parsed by mwparserfromhell) becomes markdown with its infobox's fields as front matter.
Nothing in a note is executed: docutils runs with file inclusion and raw HTML off, and
AsciiDoc is read line by line (its reference implementation can run commands from a
document).
"""

from __future__ import annotations

import re

import yaml

_ORG_TIMESTAMP = re.compile(r"[<\[](\d{4}-\d{2}-\d{2})(?: [A-Za-z]{2,3}\.?)?(?: [\d:-]+)?[>\]]")
_ORG_LINK = re.compile(r"\[\[([^\]]+)\](?:\[([^\]]+)\])?\]")
_ORG_RULE = re.compile(r"^\s*\|[-+]+\|?\s*$")
_ORG_KEYWORD = re.compile(r"^\s*#\+(\w+):\s*(.*)$")
_ORG_BLOCK = re.compile(r"^\s*#\+(BEGIN|END)_(\w+)", re.I)
_ADOC_HEADING = re.compile(r"^(=+)\s+(\S.*)$")
_ADOC_ATTRIBUTE = re.compile(r"^:([\w-]+):\s*(.*)$")
_ADOC_DELIMITER = re.compile(r"^(-{4,}|\.{4,}|={4,}|_{4,}|\*{4,}|\+{4,}|/{4,})\s*$")
_ADOC_BLOCK_ATTRS = re.compile(r"^\[[^\]]*\]\s*$")
_ADOC_MACRO = re.compile(r"\b(?:link|https?|mailto|xref):\S*?\[([^\]]*)\]")
_ADOC_ADMONITION = re.compile(r"^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+")
_ADOC_LIST = re.compile(r"^(\*+|\.+|-)\s+(\S.*)$")
_WIKI_HEADING = re.compile(r"^(={1,6})\s*(\S.*?)\s*\1\s*$")
_WIKI_LIST = re.compile(r"^([*#:;]+)\s*(.*)$")
_WIKI_CELLS = re.compile(r"\s*(?:\|\||!!)\s*")
_WIKI_BREAK = re.compile(r"<br\s*/?>", re.I)
_WIKI_HIDDEN = ("category:", "file:", "image:", "media:")


def _front(fields: dict[str, str]) -> str:
    """Fields as a YAML front-matter block ("" when there are none)."""
    kept = {k.lower(): v for k, v in fields.items() if v.strip()}
    if not kept:
        return ""
    return "---\n" + yaml.safe_dump(kept, allow_unicode=True, sort_keys=False) + "---\n\n"


# ---- org-mode ------------------------------------------------------------------------
def _org_line(line: str) -> str:
    line = _ORG_TIMESTAMP.sub(r"\1", line)
    return _ORG_LINK.sub(lambda m: m.group(2) or m.group(1), line)


def _org_body(body: str) -> list[str]:
    """An org section's body as markdown lines: blocks fenced, tables given a markdown rule,
    keyword lines dropped."""
    out: list[str] = []
    fenced = False
    for raw in body.splitlines():
        block = _ORG_BLOCK.match(raw)
        if block:
            kind = block.group(2).upper()
            if kind in ("SRC", "EXAMPLE"):
                out.append("```")
                fenced = block.group(1).upper() == "BEGIN"
            continue
        if fenced:
            out.append(raw)
        elif _ORG_RULE.match(raw):
            cells = raw.strip().strip("|").split("+")
            out.append("|" + "|".join("---" for _ in cells) + "|")
        elif not _ORG_KEYWORD.match(raw):
            out.append(_org_line(raw))
    return out


def org_to_markdown(text: str) -> str:
    """An org file as markdown: headings keep their level (a TODO keyword is dropped),
    property drawers become "Key: value" lines, `#+TITLE:`-style keywords front matter."""
    import orgparse

    root = orgparse.loads(text)
    fields: dict[str, str] = {}
    for line in root.body.splitlines():
        keyword = _ORG_KEYWORD.match(line)
        if keyword and keyword.group(1).upper() not in ("BEGIN", "END", "STARTUP", "OPTIONS"):
            fields.setdefault(keyword.group(1), _org_line(keyword.group(2)).strip())
    lines = _org_body(root.body)
    for node in root[1:]:
        lines += ["", f"{'#' * min(node.level, 6)} {_org_line(node.heading)}", ""]
        drawer = node.properties.items()
        lines += [f"{key.title()}: {_org_line(str(value))}" for key, value in drawer]
        lines += _org_body(node.body)
    return _front(fields) + "\n".join(lines).strip() + "\n"


# ---- AsciiDoc -------------------------------------------------------------------------
def asciidoc_to_markdown(text: str) -> str:
    """An AsciiDoc file as markdown: `=` headings, attribute entries (and the author line
    under the title) as front matter, listing and literal blocks fenced, `|===` tables as
    rows of cells, macros as their text."""
    fields: dict[str, str] = {}
    lines: list[str] = []
    fence: str | None = None
    table = after_title = False
    for raw in text.splitlines():
        line = raw.rstrip()
        if fence is not None:
            if line == fence:
                fence = None
                lines.append("```")
            else:
                lines.append(line)
            continue
        attribute = _ADOC_ATTRIBUTE.match(line)
        if attribute:
            fields.setdefault(attribute.group(1), attribute.group(2))
            continue
        if after_title and line and not _ADOC_HEADING.match(line):
            fields.setdefault("author", line)  # the header's author line
            after_title = False
            continue
        after_title = False
        if line.startswith("//"):
            continue
        if line.startswith("|==="):
            table = not table
            continue
        if table:
            cells = [c.strip() for c in line.split("|") if c.strip()]
            if cells:
                lines.append("- " + " | ".join(cells))
            continue
        delimiter = _ADOC_DELIMITER.match(line)
        if delimiter and delimiter.group(1)[0] in "-.":
            fence = line
            lines.append("```")
            continue
        if delimiter or _ADOC_BLOCK_ATTRS.match(line):
            continue
        heading = _ADOC_HEADING.match(line)
        if heading:
            level = len(heading.group(1))
            lines += ["", f"{'#' * min(level, 6)} {heading.group(2)}", ""]
            after_title = level == 1 and not fields.get("title")
            if after_title:
                fields["title"] = heading.group(2)
            continue
        lines.append(_adoc_line(line))
    if fence is not None:
        lines.append("```")
    return _front(fields) + "\n".join(lines).strip() + "\n"


def _adoc_line(line: str) -> str:
    """One ordinary AsciiDoc line as markdown: a block title, a list item, an admonition,
    link macros as their text."""
    if line.startswith(".") and len(line) > 1 and line[1].isalnum():
        line = f"**{line[1:]}**"
    listed = _ADOC_LIST.match(line)
    if listed:
        marker = listed.group(1)
        depth = len(marker) - 1 if marker != "-" else 0
        line = f"{'  ' * depth}{'1.' if marker[0] == '.' else '-'} {listed.group(2)}"
    line = _ADOC_ADMONITION.sub(lambda m: f"{m.group(1).title()}: ", line)
    return _ADOC_MACRO.sub(lambda m: m.group(1), line)


# ---- MediaWiki ------------------------------------------------------------------------
def wikitext_to_markdown(text: str) -> str:
    """A MediaWiki page as markdown: `==` headings, `*`/`#` lists, `{|` tables as rows of
    cells, a template of named values (an infobox) as front matter, links and formatting
    as their text; other templates, categories and embedded files are dropped."""
    import mwparserfromhell

    page = mwparserfromhell.parse(_WIKI_BREAK.sub("\n\n", text))  # a line break ends a line
    fields: dict[str, str] = {}
    for template in page.filter_templates(recursive=False):
        named = {
            str(p.name).strip(): p.value.strip_code().strip() for p in template.params if p.showkey
        }
        if len(named) >= 2:
            for key, value in named.items():
                fields.setdefault(key, value)
        page.remove(template)
    for link in page.filter_wikilinks():
        if str(link.title).strip().lower().startswith(_WIKI_HIDDEN):
            page.remove(link)
    lines: list[str] = []
    for raw in str(page).splitlines():
        line = raw.rstrip()
        heading = _WIKI_HEADING.match(line)
        listed = _WIKI_LIST.match(line)
        if heading:
            lines += ["", f"{'#' * len(heading.group(1))} {_wiki_text(heading.group(2))}", ""]
        elif line.startswith(("{|", "|}", "|-", "|+")):
            continue
        elif line.startswith(("|", "!")):
            cells = [_wiki_text(c) for c in _WIKI_CELLS.split(line[1:])]
            if any(cells):
                lines.append("- " + " | ".join(c for c in cells if c))
        elif listed and listed.group(1)[0] in "*#":
            marker = listed.group(1)
            bullet = "1." if marker[-1] == "#" else "-"
            lines.append(f"{'  ' * (len(marker) - 1)}{bullet} {_wiki_text(listed.group(2))}")
        elif listed:  # ":" indents and ";" terms are plain lines
            lines.append(_wiki_text(listed.group(2)))
        else:
            lines.append(_wiki_text(line))
    return _front(fields) + "\n".join(lines).strip() + "\n"


def _wiki_text(line: str) -> str:
    import mwparserfromhell

    return str(mwparserfromhell.parse(line).strip_code(normalize=True, collapse=True)).strip()


# ---- reStructuredText ------------------------------------------------------------------
def rst_to_html(text: str) -> tuple[str, dict[str, str]]:
    """A reStructuredText file as an HTML page, and its bibliographic fields (`:Date:`,
    `:Speaker:` under the title) as front matter; nothing is read from disk or passed
    through raw, and no error text is mixed into the notes."""
    from docutils import nodes
    from docutils.core import publish_doctree, publish_from_doctree

    overrides = {
        "file_insertion_enabled": False,
        "raw_enabled": False,
        "report_level": 5,
        "halt_level": 5,
        "warning_stream": False,
        "embed_stylesheet": False,
        "syntax_highlight": "none",
    }
    tree = publish_doctree(text, settings_overrides=overrides)
    fields: dict[str, str] = {}
    for info in list(tree.findall(nodes.docinfo)):
        for field in info.children:
            if isinstance(field, nodes.field):
                name, body = field.children[0].astext(), field.children[1].astext()
            else:  # a registered field (author, date, ...) is its own node
                name, body = field.tagname, field.astext()
            fields.setdefault(name.lower(), " ".join(body.split()))
        info.parent.remove(info)
    html = publish_from_doctree(tree, writer="html5", settings_overrides=overrides)
    return html.decode("utf-8"), fields
