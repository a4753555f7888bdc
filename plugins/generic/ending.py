"""Where the article ends: the last prose paragraph and the tail block after it."""


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
