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
