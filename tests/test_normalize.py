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


def test_quick_fold_matches_spelling_variants():
    from cleaner.normalize import quick_fold

    assert quick_fold("شبكة الاسراء والمعراج") in quick_fold("وكالات – شبكة الإسراء والمعراج ( إسراج )")
    assert quick_fold("قد يعجبك ايضا") in quick_fold("ثم قد يُعجبك أيضاً")
    assert quick_fold("Example News") in quick_fold("EXAMPLE NEWS")


def test_latin_accents_fold():
    assert phrase_key("À lire aussi") == phrase_key("A lire aussi")
    assert phrase_key("Schreibe einen Kommentar") == "schreibe einen kommentar"
    assert normalize("Ёлка") == normalize("Елка")
