"""Where the article starts and ends: the head block and the first prose paragraph, the last prose
paragraph and the tail block."""


def ending_start(doc) -> int:
    """Index of the first line of the article's ending: its last kept prose paragraph (the kept
    line just before the tail block), or the tail block itself when there is no prose.

    Rules for credit and promotion lines use it: such a line is often a full sentence, and then
    it is the last prose paragraph itself rather than a tail-block line. Removing it moves the
    blocks, so the engine's next pass reaches the line before it.
    """
    last = None
    for i in doc.kept():
        if i >= doc.tail_start:
            break
        last = i
    return doc.tail_start if last is None or not doc.lines[last].is_prose else last


def opening_end(doc) -> int:
    """Index just after the article's opening: the head block and the first prose paragraph
    after it (the head block alone when there is no prose)."""
    for i in doc.kept():
        if i >= doc.head_end:
            return i + 1 if doc.lines[i].is_prose else doc.head_end
    return doc.head_end


def in_edges(doc, i: int, opening: int, ending: int) -> bool:
    """Whether line ``i`` is in the opening (before ``opening_end``) or the ending (from ``ending_start``)."""
    return i < opening or i >= ending
