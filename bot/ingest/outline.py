"""The common shape every format is read into: headings with what they hold.

Markdown, HTML, PDF and plain text each turn into a flat list of `Item`s
(headings, paragraphs, bullets); `build` nests them into an `Outline`, the tree
the talk finder reads. No format-specific logic lives past this point.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.ingest.models import Block


@dataclass
class Item:
    kind: str  # "heading" | "para" | "bullet" | "quote"
    text: str
    level: int = 0  # heading level 1-6, or a bullet's nesting depth
    hints: dict[str, object] = field(default_factory=dict)  # what a reader already knows


@dataclass
class Node:
    title: str | None
    level: int
    items: list[Item] = field(default_factory=list)  # what sits under it, before any child
    children: list[Node] = field(default_factory=list)
    hints: dict[str, object] = field(default_factory=dict)

    def walk(self) -> list[Node]:
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


@dataclass
class Outline:
    title: str | None  # the document's own title, where it has one
    root: Node
    front: dict[str, object] = field(default_factory=dict)  # front matter, properties
    text: str = ""  # the visible text, for dates and names

    def headings(self) -> list[Node]:
        return [n for n in self.root.walk() if n is not self.root]


def build(
    items: list[Item], title: str | None = None, front: dict[str, object] | None = None
) -> Outline:
    """Nest items under the nearest heading above them of a smaller level."""
    root = Node(None, 0)
    stack = [root]
    for item in items:
        if item.kind == "heading":
            while stack[-1].level >= item.level:
                stack.pop()
            node = Node(item.text, item.level, hints=dict(item.hints))
            stack[-1].children.append(node)
            stack.append(node)
        else:
            stack[-1].items.append(item)
    text = "\n".join(i.text for i in items)
    return Outline(title, root, dict(front or {}), text)


def to_blocks(items: list[Item], heading: str | None = None) -> list[Block]:
    """Bullets keep their nesting; a paragraph ending in ':' before a list is its lead-in."""
    blocks: list[Block] = []
    stack: list[Block] = []
    lead_in: str | None = None
    for item in items:
        text = item.text.strip()
        if not text:
            continue
        if item.kind == "bullet":
            while stack and stack[-1].level >= item.level:
                stack.pop()
            parent = stack[-1] if stack else None
            block = Block("bullet", text, item.level, parent.text if parent else lead_in)
            block.heading = heading
            (parent.children if parent else blocks).append(block)
            stack.append(block)
            continue
        stack = []
        blocks.append(Block("para", text, heading=heading))
        lead_in = text if text.endswith(":") else None
    return blocks


def lines_to_items(lines: list[str]) -> list[Item]:
    """Cleaned plain-text lines (bullets marked as the cleaner leaves them) as items."""
    from bot.ingest.clean import bullet_of

    items: list[Item] = []
    for raw in lines:
        if not raw.strip():
            continue
        bullet = bullet_of(raw)
        if bullet:
            items.append(Item("bullet", bullet[1], bullet[0]))
        else:
            items.append(Item("para", raw.strip()))
    return items
