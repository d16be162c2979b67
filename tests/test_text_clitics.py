from __future__ import annotations

import pytest

from marsad.text import segment_word


def split(word: str) -> list[str]:
    return [word[s:e] for s, e, _, _ in segment_word(word)]


@pytest.mark.parametrize("word, pieces", [
    ("وبالأمس", ["و", "ب", "ال", "أمس"]), ("لروسيا", ["ل", "روسيا"]), ("وللرئيس", ["و", "ل", "ل", "رئيس"]),
    ("فسيقول", ["ف", "س", "يقول"]), ("بأوكرانيا", ["ب", "أوكرانيا"]), ("ولشعبها", ["و", "ل", "شعب", "ها"]),
    ("زيارته", ["زيارت", "ه"]), ("منهم", ["من", "هم"]), ("بينهما", ["بين", "هما"]), ("أننا", ["أن", "نا"]),
    ("والحكومة", ["و", "ال", "حكومة"]), ("ببوتين", ["ب", "بوتين"]), ("الولايات", ["ال", "ولايات"]),
    ("بـ", ["بـ"]), ("وملعبـــه", ["و", "ملعبـــ", "ه"]),
])
def test_clitics_are_split_with_their_offsets(word, pieces):
    assert split(word) == pieces


@pytest.mark.parametrize("word", [
    "بوتين", "لبنان", "كوريا", "فلاديمير", "بيونغ", "وزير", "كلينتون", "سيارة", "الله", "الذي", "ذلك", "بنك", "كما",
])
def test_words_that_merely_start_or_end_like_clitics_stay_whole(word):
    assert split(word) == [word]


def test_piece_roles_and_tags():
    roles = [(role, tag) for _, _, role, tag in segment_word("وبالأمس")]
    assert roles == [("proclitic", "CONJ"), ("proclitic", "PREP"), ("proclitic", "DET"), ("stem", "")]
    assert [tag for *_, tag in segment_word("ولشعبها")][-1] == "PRON"


def test_ta_marbuta_is_not_a_pronoun():
    assert split("المسبوقة") == ["ال", "مسبوقة"]


def test_segmentation_agreement_floor_on_newsfane_test(shared):
    """Quality gate: the figure itself is printed by `marsad eval segmentation`."""
    import csv

    from marsad.text.evaluate_segmentation import harmonised, merge_det_fut

    path = shared / "data" / "segmentation" / "newsfane_segmentation.tsv"
    with open(path, encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE) if r["portion"] == "test"]
    agree = sum(harmonised(merge_det_fut(r["word"])) == harmonised(r["segmentation"].split("+")) for r in rows)
    assert agree / len(rows) >= 0.975


@pytest.mark.parametrize("word, pieces", [
    # the accusative ending is written with an alef: the bare word's count speaks for the whole
    ("وشيكا", ["وشيكا"]), ("بعدا", ["بعدا"]), ("كمينا", ["كمينا"]), ("وكيلا", ["وكيلا"]),
    # a real clitic before a name or a word with its own alef still comes off
    ("وسوريا", ["و", "سوريا"]), ("لكلا", ["ل", "كلا"]), ("واتفقا", ["و", "اتفقا"]),
    ("لهما", ["ل", "هما"]),  # a pronoun's alef is no accusative
])
def test_accusative_alef_words_are_not_split(word, pieces):
    assert split(word) == pieces
