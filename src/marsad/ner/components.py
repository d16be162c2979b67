"""Pipeline components `ner` (named entities) and `quantities` (numbers, money, measures)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from marsad.doc import Document, Entity, Mention, Token
from marsad.kb.base import load_translit_words
from marsad.ner.corpora import chunks_of
from marsad.ner.features import Resources, key_of
from marsad.ner.quantities import extract_quantities, pieces_of
from marsad.ner.tagger import NerTagger, propagate_names, shared_tagger
from marsad.pipeline import component
from marsad.text.clitics import letters_of
from marsad.text.normalize import normalize_word


@component("ner", requires=("tokens",), assigns=("entities",))
class EntityRecognizer:
    """Tag PER/LOC/ORG/MISC names with the shipped CRF; one Entity per distinct name in the article.

    The tagger labels surface words as the training corpora do («بأوكرانيا» B-LOC); the mention
    then covers the name without its conjunction or preposition (أوكرانيا), and
    `surface_start/surface_end` keep the whole word.
    """

    def __init__(self, *, tagger: NerTagger | None = None, scores: bool = True, propagate: bool = True) -> None:
        self.tagger = tagger or shared_tagger()
        self.scores = scores
        self.propagate = propagate

    def __call__(self, doc: Document) -> Document:
        mentions: list[Candidate] = []
        sentences = [doc.sentence_tokens(s) for s in doc.sentences]
        sentences = [tokens for tokens in sentences if tokens]
        words = [[t.text for t in tokens] for tokens in sentences]
        tagged = [self.tagger.tag_with_scores(w) if self.scores else (self.tagger.tag(w), [1.0] * len(w))
                  for w in words]
        first_pass = [_names_apart_at_titles(w, _no_speech_noun_names(w, tags)) for w, (tags, _) in zip(words, tagged)]
        final = propagate_names(words, first_pass) if self.propagate else first_pass
        for tokens, (tags, probs), new_tags in zip(sentences, tagged, final):
            # a name copied from elsewhere in the article scores 0.5: found by string, not by context
            probs = [p if t == n else 0.5 for p, t, n in zip(probs, tags, new_tags)]
            for start, end, label in sorted(chunks_of(new_tags)):
                while start < end and tokens[start].kind in ("punct", "symbol"):
                    start += 1
                while end > start and tokens[end - 1].kind in ("punct", "symbol"):
                    end -= 1
                if start == end:
                    continue
                found = build_mention(doc, tokens[start:end], label, min(probs[start:end]))
                if found is not None:
                    mentions.append(found)
        restore_name_letters(mentions, self.tagger.extractor.res)
        for c in mentions:
            c.mention.text = doc.text[c.mention.start:c.mention.end]
        doc.entities = group_entities([(c.key, c.mention) for c in mentions])
        relabel_places(doc.entities, self.tagger.extractor.res)
        return doc


# what a person said, before the name: «كلام سليماني», «خطاب روحاني» (the CRF may open the name on it, and the
# name copied to every «كلام» of the article would then be a person)
_SPEECH_NOUNS = frozenset(normalize_word(w) for w in (
    "كلام", "خطاب", "تصريحات", "تصريح", "حديث", "كلمة", "تهديدات", "تحذيرات", "تغريدة", "تغريدات"))


def _no_speech_noun_names(words: list[str], tags: list[str]) -> list[str]:
    """The tags with a person's name opened by a speech noun («كلام سليماني») starting at the name itself."""
    out = list(tags)
    for i, (word, tag) in enumerate(zip(words, tags)):
        bare = normalize_word(word)
        if tag == "B-PER" and (bare in _SPEECH_NOUNS or (bare[:1] in "وف" and bare[1:] in _SPEECH_NOUNS)):
            _name_resumes_after(out, i)
    return out


def _name_resumes_after(tags: list[str], i: int) -> None:
    """Word i is no part of a person's name: the name the CRF ran on opens again at the word after it."""
    tags[i] = "O"
    if i + 1 < len(tags) and tags[i + 1] == "I-PER":
        tags[i + 1] = "B-PER"


# titles that open a person's name: after «و» inside a name the CRF ran on, a second person begins
# («الأمير طلال بن سعود بن عبد العزيز والأمير نايف بن سلمان»)
_NAME_TITLES = frozenset(normalize_word(w) for w in (
    "الأمير", "الأميرة", "الشيخ", "الشيخة", "الملك", "الملكة", "العاهل", "السلطان", "الرئيس", "الرئيسة", "السيد",
    "السيدة", "الدكتور", "الدكتورة", "المشير", "اللواء", "العميد", "الفريق", "العقيد", "الوزير", "الوزيرة"))


def _names_apart_at_titles(words: list[str], tags: list[str]) -> list[str]:
    """The tags with a person's name that runs over «والأمير …» ended before it, the next name opened after it."""
    out = list(tags)
    for i, word in enumerate(words):
        bare = normalize_word(word)
        if out[i] == "I-PER" and bare[:1] == "و" and bare[1:] in _NAME_TITLES:
            _name_resumes_after(out, i)
    return out


@dataclass(slots=True)
class Candidate:
    """A mention with its normalised name; `alt_*` keep a stripped ب/ل/ك in case it was the name's own."""

    key: str
    mention: Mention
    alt_key: str = ""
    alt_start: int = -1


def build_mention(doc: Document, tokens: list[Token], label: str, score: float) -> Candidate | None:
    """The mention over the name, without the first word's conjunction/preposition, and its key.

    «بأوكرانيا» → أوكرانيا; «والرئيس» keeps the article: «الرئيس»; «للعراق» (ل + ال written ل)
    → span «لعراق», key «العراق».
    """
    first = tokens[0]
    start = first.start
    prefix = ""
    alt_start = -1
    for piece in pieces_of(first):
        if piece.role == "proclitic" and piece.tag in ("CONJ", "PREP", "FUT"):
            if piece.tag == "PREP":
                alt_start = start
            start = piece.end
            continue
        if piece.role == "proclitic" and piece.tag == "DET" and piece.text == "ل":
            prefix = "ا"  # the article after ل lost its alef: «للعراق» = ل + (ا)ل + عراق
        break
    end = tokens[-1].end
    if start >= end:
        return None
    text = doc.text[start:end]
    mention = Mention(start, end, text, label=label, kind="name", surface_start=first.start,
                      surface_end=end, score=round(score, 3))
    alt_key = name_key(doc.text[alt_start:end]) if alt_start >= 0 and not prefix else ""
    return Candidate(prefix + name_key(text), mention, alt_key, alt_start)


def name_key(text: str) -> str:
    """The normalised name an entity is grouped by: «كوريا الشمالية» → «كوريا الشماليه»."""
    return " ".join(normalize_word(w) for w in text.split())


def restore_name_letters(candidates: list[Candidate], res: Resources) -> None:
    """Give back a ب/ل/ك the clitic splitter took from a name: «وبيونغ يانغ» is و + بيونغ يانغ.

    The letter belongs to the name when the article names it with that letter elsewhere, when our
    gazetteer knows the longer name and not the shorter one, or when it is a person's «ك» (`_own_kaf`).
    """
    keys = {c.key for c in candidates if c.alt_start < 0}

    def known(k: str) -> bool:
        return k in res.multi or k in res.single

    for c in candidates:
        if not c.alt_key:
            continue
        gaz_alt = known(" ".join(key_of(w) for w in c.alt_key.split()))
        gaz_short = known(" ".join(key_of(w) for w in c.key.split()))
        if c.alt_key in keys or (gaz_alt and not gaz_short) or (_own_kaf(c) and c.key not in keys):
            m = c.mention
            m.start = c.alt_start
            c.key = c.alt_key


def _own_kaf(c: Candidate) -> bool:
    """«الرئيس كميل شمعون»: «ك» ("like") is rare before a person's name, so a person's first word that
    is a name with its «ك» («كميل», not «ميل») keeps it, unless the article writes the short form alone."""
    first = c.alt_key.split()[0]
    return (c.mention.label == "PER" and first.startswith("ك") and letters_of(first) in load_translit_words())


def group_entities(mentions: list[tuple[str, Mention]]) -> list[Entity]:
    """One Entity per distinct normalised name, labelled by its mentions' score-weighted vote, in order of first mention."""
    groups: dict[str, list[Mention]] = {}
    for key, mention in mentions:
        groups.setdefault(key, []).append(mention)
    entities = []
    for key, group in groups.items():
        votes: dict[str, float] = {}
        for m in group:  # confident mentions decide: «بيونغ يانغ» LOC twice at 0.97 beats PER at 0.5
            votes[m.label] = votes.get(m.label, 0.0) + (m.score if m.score is not None else 0.5)
        label = max(votes, key=lambda k: votes[k])
        text = Counter(m.text for m in group).most_common(1)[0][0]
        scores = [m.score for m in group if m.score is not None]
        entities.append(Entity(id=f"local:{key}", label=label, text=text, mentions=group,
                               score=round(max(scores), 3) if scores else None))
    return entities


def relabel_places(entities: list[Entity], res: Resources) -> None:
    """A place tagged ORG or PER as an actor («بيونغ يانغ ذكرت») is LOC, as the gold guidelines say,
    when the geographic lists know the name and no person or organisation list does."""
    for entity in entities:
        if entity.label not in ("ORG", "PER"):
            continue
        key = " ".join(key_of(w) for w in entity.text.split())
        labels = set((res.multi if " " in key else res.single).get(key, "").split("|"))
        if "LOC" in labels and not labels & {"W-ORG", "W-PER", "PER", "PT"}:
            entity.label = "LOC"
            for m in entity.mentions:
                m.label = "LOC"


@component("quantities", requires=("tokens",), assigns=("quantities",))
class QuantityExtractor:
    """Numbers in digits or words, percentages, money (ISO 4217) and measures with unit symbols."""

    def __call__(self, doc: Document) -> Document:
        out = []
        for sentence in doc.sentences:
            out.extend(extract_quantities(doc.sentence_tokens(sentence), doc.text))
        doc.quantities = out
        return doc
