"""The seed pages: committed expected outputs, and the lines that must go or stay."""

import pytest

from .conftest import FIXTURES

SEEDS = sorted(p for p in (FIXTURES / "seeds").glob("*.txt") if not p.name.endswith(".expected.txt"))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_matches_expected(cleaner, path):
    expected = path.with_name(path.stem + ".expected.txt").read_text(encoding="utf-8")
    assert cleaner.clean(path.read_text(encoding="utf-8")).text == expected


BOILERPLATE = [
    "تويتر", "اقرأ المزيد :", "مقتل كبير المستشارين العسكريين الروس في دير الزور.",
    "اشترك في قائمة البريد", "حدث خطء ما. يرجى المحاولة لاحقا", "قد يعجبك ايضا", "اترك رد",
    "لن يتم نشر عنوان بريدك الإلكتروني.", "Send this to a friend", "العرب", "إسراج الأنباء",
    "فلسطين - المسجد الاقصى المبارك", "ENGLISH", "head2", "bachar_assad_vladimir_poutine2006[1]",
    "Print Friendly", "Share This:", "x", "قد يُعجبك أيضاً", "حلف شمال الأطلسي (ناتو)",
]
ARTICLE = [
    "زيارة عمل", "استقرار", "تحرير: أحمد عليّان",
    "بوتين يدعو إلى سحب “جميع القوات الأجنبية” من سوريا",
    "انسحاب القوات الروسية من سوريا وبقاء القاعدتين العسكريتين الروسيتين في حميميم وطرطوس",
    "شويغو: القوات الروسية ساعدت على تحرير ٤٠٠ بلدة وما يقارب عشرة الآف كم مربع",
]


def _all_output_lines(cleaner):
    return {line.strip() for p in SEEDS for line in cleaner.clean(p.read_text("utf-8")).text.split("\n")}


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_line_removed(cleaner, line):
    assert line not in _all_output_lines(cleaner)


@pytest.mark.parametrize("line", ARTICLE)
def test_article_line_kept(cleaner, line):
    assert line in _all_output_lines(cleaner)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_last_paragraph_kept_and_idempotent(cleaner, path):
    out = cleaner.clean(path.read_text("utf-8")).text
    assert cleaner.clean(out).text == out
    assert set(out.split("\n")) - {""} <= set(path.read_text("utf-8").split("\n"))
