"""Column-batch cleaning for dataframe engines (Ray Data ``map_batches``, Spark ``mapInPandas``).

The cleaner is built once per instance (one per Ray actor, one per Spark partition iterator) and
called per batch; a batch is a pandas DataFrame or a dict of columns.

    # Ray Data: one cleaner per actor
    ds = ray.data.read_json("corpus.jsonl")
    ds = ds.map_batches(CleanBatch, batch_format="pandas", concurrency=4)

    # Spark: one cleaner per partition
    def clean_partition(frames):
        cleaner = CleanBatch()
        for frame in frames:
            yield cleaner(frame)
    df.mapInPandas(clean_partition, schema=df.schema.add("removed_rules", "string"))
"""

from __future__ import annotations

import json

from ..engine import Cleaner


class CleanBatch:
    """Callable on a batch of records: cleans ``text_column`` in place, adds ``removed_rules``
    (a JSON object of rule code to removed-line count) and ``site``."""

    def __init__(self, text_column: str = "text", url_column: str | None = "url",
                 select: list[str] | None = None, ignore: list[str] | None = None) -> None:
        self.text_column, self.url_column = text_column, url_column
        self.cleaner = Cleaner(select=select, ignore=ignore)

    def __call__(self, batch):
        texts = list(batch[self.text_column])
        has_urls = self.url_column is not None and self.url_column in batch
        urls = list(batch[self.url_column]) if has_urls else [None] * len(texts)
        cleaned, rules, sites = [], [], []
        for text, url in zip(texts, urls):
            result = self.cleaner.clean(text if isinstance(text, str) else "",
                                        url=url if isinstance(url, str) else None)
            cleaned.append(result.text)
            rules.append(json.dumps(result.counts(), sort_keys=True))
            sites.append(result.site or "")
        batch[self.text_column] = cleaned
        batch["removed_rules"] = rules
        batch["site"] = sites
        return batch
