from cleaner.normalize import normalize, phrase_key


def test_arabic_variants_fold_together():
    assert phrase_key("قد يُعجبك أيضاً") == phrase_key("قد يعجبك ايضا")
    assert normalize("إسراج") == normalize("اسراج")
    assert normalize("مكتبة") == normalize("مكتبه")
    assert normalize("على") == normalize("علي")
    assert normalize("العـــرب") == normalize("العرب")


def test_presentation_forms_and_case():
    assert normalize("\ufefb") == normalize("لا")  # lam-alef ligature
    assert normalize("Share THIS") == "share this"


def test_key_drops_punctuation():
    assert phrase_key("اقرأ المزيد :") == "اقرا المزيد"
    assert phrase_key("Share This:") == "share this"


def test_variant_pattern_finds_spelling_variants_in_raw_text():
    from cleaner.normalize import variant_pattern

    pattern = variant_pattern(["قد يعجبك ايضا", "Share this"])
    assert pattern.search("نص ثم قد يُعجبك أيضاً")
    assert pattern.search("… SHARE — this!")
    assert not pattern.search("قد يعجبك")
    assert variant_pattern(["شبكة الاسراء والمعراج"]).search("وكالات – شبكة الإسراء والمعراج ( إسراج )")


def test_latin_accents_fold():
    assert phrase_key("À lire aussi") == phrase_key("A lire aussi")
    assert phrase_key("Schreibe einen Kommentar") == "schreibe einen kommentar"
    assert normalize("Ёлка") == normalize("Елка")
