"""The other side of a pledge, sanction or threat, taken from the article when its sentence names only who acts."""
from __future__ import annotations

from test_events_extract import analysed, names, unfiltered

import marsad

GREECE = ("LOC", "اليونان", "Greece", "GR")
RUSSIA = ("LOC", "روسيا", "Russia", "RU")
TRUMP = ("PER", "ترامب", "Donald Trump", "US")
KIM = ("PER", "كيم جونغ أون", "Kim Jong Un", "KP")
NORTH_KOREA = ("LOC", "كوريا الشمالية", "North Korea", "KP")


def test_events_reciprocal_measures_answer_the_side_that_acted():
    # France 24, 2018-07-11: Greece acts against Russian diplomats; Russia answers «إجراءات مماثلة» (Greece named before)
    doc = analysed("اليونان تتخذ إجراءات ضد دبلوماسيين روس. من جهتها أعلنت روسيا أنها ستتخذ إجراءات مماثلة.",
                   [GREECE, RUSSIA])
    answer = [e for e in doc.events if e.cameo_root == "16" and names(e.source) == ["Russia"]]
    assert len(answer) == 1 and names(answer[0].target) == ["Greece"]


def test_events_pledge_is_to_the_side_dealt_with():
    # BBC, 2018-03-11: Kim's pledge is made to Trump, whose meeting with him the lead told of
    doc = analysed("وافق ترامب على لقاء كيم جونغ أون. وقالت كوريا الشمالية إنها تعهدت بنزع السلاح النووي.",
                   [TRUMP, KIM, NORTH_KOREA])
    (pledge,) = [e for e in doc.events if e.cameo_root == "03" and e.cameo != "036"]
    assert names(pledge.source)[:1] == ["North Korea"] and "Donald Trump" in names(pledge.target)


def test_events_rejection_answers_the_side_dealt_with():
    # BBC, 2018-03-15: «بعد رفض موسكو تقديم تفسير»: Moscow refuses Britain, which the lead told of acting on Russia
    doc = analysed("أعلنت بريطانيا طرد 23 دبلوماسيا روسيا. وجاء ذلك بعد رفض موسكو تقديم تفسير عن كيفية وصول الغاز إلى بريطانيا.",
                   [BRITAIN, RUSSIA, MOSCOW])
    (refusal,) = [e for e in doc.events if e.cameo_root == "12"]
    assert names(refusal.source)[:1] == ["Moscow"] and names(refusal.target) == ["United Kingdom"]


def test_events_rejection_with_no_side_dealt_with_is_not_coded():
    # «رفض» is often of an idea: with no side dealt with before, nothing is borrowed, so nothing is coded
    doc = analysed("زار ترامب اليابان. ورفض كيم جونغ أون الفكرة.", [TRUMP, JAPAN, KIM])
    assert not [e for e in doc.events if e.cameo_root == "12"]


def test_events_defying_a_norm_takes_no_side_from_context():
    # «انتهكت السيادة»: a violated norm is no answer to the side dealt with before
    doc = analysed("التقى ترامب كيم جونغ أون. وقال ترامب إن كوريا الشمالية انتهكت القانون الدولي.",
                   [TRUMP, KIM, NORTH_KOREA])
    assert not [e for e in doc.events if e.cameo in ("128", "129")]


BRITAIN = ("LOC", "بريطانيا", "United Kingdom", "GB")
MOSCOW = ("LOC", "موسكو", "Moscow", "RU")
JAPAN = ("LOC", "اليابان", "Japan", "JP")


POMPEO = ("PER", "مايك بومبيو", "Mike Pompeo", "US")
CAVUSOGLU = ("PER", "مولود تشاوش أوغلو", "Mevlüt Çavuşoğlu", "TR")
NAUERT = ("PER", "هيذر ناورت", "Heather Nauert", "US")
BRUNSON = ("PER", "برانسون", "Andrew Brunson", "US")


def test_events_quoted_necessity_is_a_demand_of_the_other_side():
    # France 24, 2018-08-01: Nauert says Brunson's house arrest must be lifted; Turkey is whom Pompeo spoke with
    from test_events_reported import with_quote

    doc = analysed("تحدث الوزير مايك بومبيو هاتفيا مع نظيره التركي مولود تشاوش أوغلو في سنغافورة. وقالت المتحدثة "
                   "هيذر ناورت للصحافيين \"يجب رفع الإقامة الجبرية عن برانسون\".",
                   [POMPEO, CAVUSOGLU, NAUERT, BRUNSON])
    doc = with_quote(doc, "يجب رفع الإقامة الجبرية عن برانسون", "هيذر ناورت", "Heather Nauert", "e2")
    (demand,) = [e for e in doc.events if e.cameo == "100"]
    assert demand.trigger.text == "رفع" and names(demand.source)[:1] == ["Heather Nauert"]
    assert "Turkey" in names(demand.target)


def test_events_negated_necessity_is_no_demand():
    from test_events_reported import with_quote

    doc = analysed("تحدث مايك بومبيو مع مولود تشاوش أوغلو. وقالت هيذر ناورت \"لا يجب رفع الإقامة الجبرية الآن\".",
                   [POMPEO, CAVUSOGLU, NAUERT])
    doc = with_quote(doc, "لا يجب رفع الإقامة الجبرية الآن", "هيذر ناورت", "Heather Nauert", "e2")
    assert not [e for e in doc.events if e.cameo == "100"]
    # «يجب ألا …» (must not) warns of what must not be; it asks no side to act
    doc = analysed("تحدث مايك بومبيو مع مولود تشاوش أوغلو. وقالت هيذر ناورت \"يجب ألا تتحول الإقامة الجبرية إلى سجن\".",
                   [POMPEO, CAVUSOGLU, NAUERT])
    doc = with_quote(doc, "يجب ألا تتحول الإقامة الجبرية إلى سجن", "هيذر ناورت", "Heather Nauert", "e2")
    assert not [e for e in doc.events if e.cameo == "100"]


TUNISIA = ("LOC", "تونس", "Tunisia", "TN")
QATAR = ("LOC", "قطر", "Qatar", "QA")


def test_events_side_acted_on_in_the_same_sentence_is_no_source_from_context():
    # Mosaique FM, 2017: «يدعم قطر» has Qatar as its object; Qatar is not supporting Tunisia
    doc = analysed("واستبعد العبيدي إمكانية قطع تونس لعلاقاتها مع قطر، مضيفا أن الطرف المهيمن في الائتلاف "
                   "الحاكم يدعم قطر.", [TUNISIA, QATAR])
    assert not [e for e in doc.events if e.cameo_root == "07" and names(e.source) == ["Qatar"]]


def test_events_other_side_is_not_taken_from_a_later_event():
    # the pledge comes first: the meeting told after it does not say to whom it was made
    doc = analysed("وقالت كوريا الشمالية إنها تعهدت بنزع السلاح النووي. ووافق ترامب على لقاء كيم جونغ أون.",
                   [TRUMP, KIM, NORTH_KOREA])
    assert not [e for e in doc.events if e.cameo_root == "03" and "Donald Trump" in names(e.target)]


TABIB = ("PER", "شوقي الطبيب", "Shawki al-Tabib", "")
CHAHED = ("PER", "الشاهد", "Youssef Chahed", "")


def test_events_source_far_from_its_trigger_takes_no_side_from_context():
    # Mosaique FM, 2016: «أنه وعد» is the prime minister's promise, not the speaker al-Tabib's
    doc = analysed("شوقي الطبيب بعد لقائه الشاهد. وقال شوقي الطبيب في تصريح صحفي إثر اللقاء إن رئيس الحكومة "
                   "المكلف كان على بينة من مشاكل هيئة مكافحة الفساد، مشيرا إلى أنه وعد بتعزيز الهيئة.",
                   [TABIB, CHAHED])
    assert not [e for e in doc.events if e.cameo_root == "03" and names(e.source) == ["Shawki al-Tabib"]]


def test_events_disapproval_takes_the_side_dealt_with_from_context():
    # a condemnation with no side in its sentence answers the side the story told of just before
    doc = analysed("فرضت الولايات المتحدة عقوبات على روسيا. وندد الكرملين بالخطوة.",
                   [("LOC", "الولايات المتحدة", "United States", "US"), RUSSIA, ("ORG", "الكرملين", "Kremlin", "RU")])
    (condemned,) = [e for e in doc.events if e.cameo_root == "11"]
    assert names(condemned.source)[0] == "Kremlin" and "United States" in names(condemned.target)


UNSC = ("ORG", "مجلس الأمن الدولي", "United Nations Security Council", "")


def test_events_a_call_for_a_meeting_is_made_to_the_body_whose_meeting_was_told():
    # BBC, 2018-07-04: the council's emergency session, then «ودعت الكويت والسويد … إلى هذا الاجتماع»
    kuwait, sweden = ("LOC", "الكويت", "Kuwait", "KW"), ("LOC", "السويد", "Sweden", "SE")
    doc = analysed("قالت مصادر إن مجلس الأمن الدولي سوف يعقد جلسة طارئة الخميس. ودعت الكويت والسويد إلى هذا الاجتماع.",
                   [UNSC, kuwait, sweden])
    (call,) = [e for e in doc.events if e.cameo_root == "02"]
    assert names(call.source) == ["Kuwait", "Sweden"] and names(call.target) == ["United Nations Security Council"]


def test_events_a_call_for_something_else_takes_no_meeting_body():
    kuwait = ("LOC", "الكويت", "Kuwait", "KW")
    doc = analysed("قالت مصادر إن مجلس الأمن الدولي سوف يعقد جلسة طارئة الخميس. ودعت الكويت إلى وقف القتال فورا.",
                   [UNSC, kuwait])
    (call,) = [e for e in doc.events if e.cameo_root == "02"]
    assert not call.target


def test_events_a_rejection_answers_no_crowd_from_context():
    # France 24, 2018-06-21: «وهو ما يرفضه الحوثيون» after civilians were told of: a crowd is no side refused
    houthis = ("ORG", "الحوثيون", "Houthis", "YE")
    doc = analysed("واعتقل الحوثيون عشرات المدنيين في المدينة. وقال الحوثيون إنهم يرفضون تسليم الميناء.", [houthis])
    assert [e.cameo_root for e in doc.events] == ["17"]


def test_events_a_threat_is_made_to_no_crowd_from_context():
    # corpus, 2018: the regime that repressed «التظاهرات» (protesters of no country named) does not threaten them
    # in the next sentence: a threat with no side of its own is left uncoded
    iran = ("LOC", "إيران", "Iran", "IR")
    doc = analysed("وبحث المؤتمر قمع النظام الإيراني للتظاهرات داخل إيران. "
                   "وأشار الباحثون إلى خطورة سعي إيران لامتلاك سلاح نووي يهدد امن دول الجوار.", [iran])
    assert [e.cameo_root for e in doc.events] == ["17"]


def test_events_an_appeal_to_halt_the_storys_violence_is_made_to_the_side_doing_it():
    # BBC, 2018-02-20: the UN urging «الوقف الفوري للقصف» urges the forces the article tells shelling
    doc = marsad.analyze("وقصفت القوات الحكومية الغوطة الشرقية. وحذرت الأمم المتحدة من أن الوضع بدأ يتحول إلى "
                         '"خارج السيطرة". وحضت على الوقف الفوري للقصف العشوائي على الغوطة الشرقية.', published="2018-02-20")
    (appeal,) = [e for e in doc.events if e.cameo_root == "02"]
    assert names(appeal.source) == ["United Nations"] and "Syria" in names(appeal.target)


def test_events_a_release_of_someone_the_linker_does_not_know_takes_no_side_from_context():
    # France 24, 2018-03-05: «وأطلقت الشرطة سراح حيفتيز الأحد» freed the witness, whose name no entity was read in;
    # the president met in the sentence before is not the one freed
    doc = unfiltered("التقى رئيس الحكومة الإسرائيلية بنيامين نتانياهو بالرئيس الأمريكي دونالد ترامب في واشنطن. "
                     "وأطلقت الشرطة الإسرائيلية سراح حيفتيز الأحد وفرضت عليه الإقامة الجبرية.", "2018-03-05")
    assert not [e for e in doc.events if e.cameo.startswith("084") and "Donald Trump" in names(e.target)]
    assert [e.cameo for e in doc.events if e.cameo.startswith("04")] == ["040"]


def test_events_criticism_of_the_story_accord_is_aimed_at_its_other_party():
    # «انتقد ترامب الاتفاق»: the deal the article names «مع إيران» is aimed at Iran, not at the Briton who
    # urged Trump the sentence before
    doc = unfiltered("وزير الخارجية البريطاني يحث ترامب على عدم الانسحاب من الاتفاق النووي مع إيران. "
                     "ويزور جونسون واشنطن حاليا. وانتقد ترامب الاتفاق مرارا، واصفا إياه بأنه سخيف. "
                     "لكن ترامب هدد بالانسحاب من الاتفاق.", "2018-05-07")
    criticism = [e for e in doc.events if e.trigger.text == "انتقد"]
    threat = [e for e in doc.events if e.trigger.text == "هدد"]
    assert [names(e.target) for e in criticism + threat] == [["Iran"], ["Iran"]]
    # the accord the article tells concluded names the sides: a signatory's criticism is aimed at the other one
    doc = unfiltered("ووقعت إيران الاتفاق النووي مع الولايات المتحدة وروسيا والصين عام 2015. "
                     "وانتقدت الولايات المتحدة الاتفاق مرارا.", "2018-05-07")
    (criticism,) = [e for e in doc.events if e.trigger.text == "انتقدت"]
    assert names(criticism.target) == ["Iran"]
    # a withdrawal the relative clause tells is from the accord's other party, not from the source's president
    doc = unfiltered("يبدأ ظريف جولة لإنقاذ الاتفاق النووي مع إيران. ويحاول ظريف إنقاذ الاتفاق النووي الذي انسحبت منه "
                     "الولايات المتحدة الأمريكية بإعلان رئيسها دونالد ترامب.", "2018-05-12")
    (withdrawal,) = [e for e in doc.events if e.trigger.text == "انسحبت"]
    assert names(withdrawal.target) == ["Iran"]


def test_events_the_body_that_passed_a_resolution_is_not_whom_a_demand_is_of():
    # Asharq al-Awsat, 2015-08-11: Hadi says talks must press for resolution 2216 to be carried out
    doc = marsad.analyze("قال الرئيس اليمني، عبد ربه منصور هادي، إن أي حوارات أو محادثات يمنية، تجريها الحكومة الشرعية، يجب "
                         "أن تكون للضغط على تنفيذ قرار مجلس الأمن الدولي 2216.", published="2015-08-11")
    assert not [e for e in doc.events if e.cameo == "100" and "United Nations Security Council" in names(e.target)]
