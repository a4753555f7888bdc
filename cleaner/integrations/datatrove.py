"""clean-article as a datatrove pipeline step (``pip install clean-article[datatrove]``).

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.integrations.datatrove import CleanArticle

    LocalPipelineExecutor(pipeline=[JsonlReader("in/"), CleanArticle(), JsonlWriter("out/")], tasks=4).run()

Works after datatrove's ``Trafilatura`` extractor or on any reader's documents: the text is cleaned
in place, the removals go to ``metadata["clean_article"]`` and the stats count removed lines per
rule code. Documents left empty are dropped unless ``drop_empty=False``.
"""

from __future__ import annotations

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from ..engine import Cleaner


class CleanArticle(PipelineStep):
    """Remove boilerplate lines from each document's text with clean-article's rules."""

    name = "🧹 clean-article"
    type = "✂️ - FORMAT"

    def __init__(self, drop_empty: bool = True, select: list[str] | None = None,
                 ignore: list[str] | None = None, url_key: str = "url", keep_removed: bool = True) -> None:
        super().__init__()
        self.drop_empty = drop_empty
        self.select, self.ignore = select, ignore
        self.url_key = url_key
        self.keep_removed = keep_removed
        self._cleaner: Cleaner | None = None  # built once per worker, on first use

    @property
    def cleaner(self) -> Cleaner:
        if self._cleaner is None:
            self._cleaner = Cleaner(select=self.select, ignore=self.ignore)
        return self._cleaner

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            self.stat_update("documents")
            with self.track_time():
                url = doc.metadata.get(self.url_key)
                result = self.cleaner.clean(doc.text, url=url if isinstance(url, str) else None)
            self.stat_update(*(r.rule for r in result.removals))  # one count per removed line
            info = {"site": result.site, "counts": result.counts()}
            if self.keep_removed:
                info["removed"] = [r.as_dict() for r in result.removals]
            if result.flagged:
                info["errors"] = result.errors
                self.stat_update("flagged")
            doc.metadata["clean_article"] = info
            doc.text = result.text
            if not doc.text.strip() and self.drop_empty:
                self.stat_update("dropped_empty")
                continue
            self.update_doc_stats(doc)
            yield doc
