"""Who does what to whom in a clause: a definite noun no actor names before the side it acts on, the man named
after a title that names his body, one man never the subject of a plural verb, a government named with «لـ» its
country's, a third person's refusal told in a quote, soldiers killed; whose crowd a protest is when a people's
adjective describes another noun; and words that only look like events (centrifuges, the party no one named
responsible, money seized rather than ground taken, a storm striking, a sum paid «لقاء» something)."""
from __future__ import annotations

from test_events_extract import names, unfiltered

import marsad
from marsad.events import EventExtractor, load_lexicon
from marsad.events.actors import find_actor_spots
from marsad.events.extract import _other_sense


def coded(text: str, published: str = "2018-06-01") -> list[tuple[str, list[str], list[str]]]:
    """(CAMEO code, source names, target names) of the rules' events, before the confidence filter."""
    doc = EventExtractor(min_confidence=0.0, read_uncoded=False)(marsad.analyze(text, published=published))
    return [(e.cameo, [a.name_en or "" for a in e.source], [a.name_en or "" for a in e.target]) for e in doc.events]


def test_a_definite_noun_no_actor_names_is_the_subject_and_the_side_after_it_the_object():
    found = coded("حيث يتهم التحالف إيران بتهريب الأسلحة إلى الحوثيين ودعمهم عسكريا.", "2018-06-14")
    assert not any(e[1] == ["Iran"] for e in found if e[0].startswith("11"))  # Iran is accused, not accusing
    # but a rank, a descriptor before a man's name, or the noun's own nisba leave the subject where it was
    (appeal,) = [e for e in coded("يدعو الجنرال عبد الرشيد دوستم نائب الرئيس الأفغاني إلى مواجهة طالبان.", "2015-08-02")
                 if e[0].startswith("02")]
    assert appeal[1][0] == "Abdul Rashid Dostum"
    (attack,) = [e for e in coded("وهاجم المحامي مايكل أفيناتي الرئيس ترامب بشدة.", "2018-10-10")
                 if e[0].startswith("11")]
    assert attack[1] == ["Michael Avinati"] and attack[2][0] == "Donald Trump"


def test_the_man_named_after_a_title_that_names_his_body_is_the_subject():
    (appeal,) = [e for e in coded("من جانبه، دعا مبعوث الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط، نيكولاي "
                                  "ملادينوف جميع الأطراف إلى الابتعاد عن حافة الهاوية.") if e[0].startswith("02")]
    assert appeal[1][0] == "Nickolay Mladenov" and "Nickolay Mladenov" not in appeal[2]


def test_a_plural_verb_is_not_one_mans_act():
    assert not [e for e in coded("وأقر ثلاثة مساعدين آخرين بينهم ريك جيتس شريك مانافورت في أعماله بذنبهم "
                                 "ويتعاونون مع مولر في تحقيقه.") if e[0].startswith("06")]
    (cooperation,) = [e for e in coded("ويتعاون بوتين مع أردوغان في سوريا.") if e[0].startswith("06")]
    assert cooperation[1][0] == "Vladimir Putin"


def test_a_peoples_adjective_on_another_noun_does_not_name_the_crowd():
    (protest,) = [e for e in coded("وقتل 153 فلسطينيا على الأقل بإطلاق نار من الجانب الإسرائيلي منذ بدء التظاهرات "
                                   "الرافضة للحصار المفروض على قطاع غزة.") if e[0].startswith("14")]
    assert protest[1][0] == "Palestinian protesters"
    (streets,) = [e for e in coded("فالشارع الفرنسي يشهد احتجاجات كثيرة ضد الحكومة.") if e[0].startswith("14")]
    assert streets[1][0] == "French protesters"  # the street is where a people's crowd gathers


def test_the_government_of_a_country_named_with_lam_is_that_countrys():
    found = coded("وقال ياسين إن الحل يقوم على الحوار، مشددا على أن الحكومة الشرعية لليمن ترفض التفاوض مع مليشيا الحوثي.",
                  "2015-08-05")
    rejections = [e for e in found if e[0].startswith("12")]
    # the government's own refusal, not the speaker's stance on the government
    assert [(e[1][0], e[2][0]) for e in rejections] == [("Yemeni government", "Houthis")]


def test_soldiers_an_army_says_were_killed_were_not_killed_by_it():
    assert not [e for e in coded("واكد الجيش التركي ان جنديين قتلا واصيب 31 آخرون بجروح.", "2015-08-01")
                if e[1] and e[1][0] == "Turkish Armed Forces"]


def test_centrifuges_are_no_expulsion():
    assert not [e for e in coded("وقال صالحي إن طهران تطور البنية التحتية لبناء أجهزة طرد مركزي متطورة في منشأة نطنز.",
                                 "2018-06-06") if e[0].startswith(("11", "17"))]



def test_the_party_responsible_that_no_one_named_is_no_blame():
    assert not [e for e in coded("ولم تحدد السلطات أو وسائل الإعلام، الجهة المسؤولة عن الهجومين.", "2015-08-01")
                if e[0].startswith("11")]


def test_money_seized_is_property_confiscated_not_ground_taken():
    (seizure,) = [e for e in coded("وذكرت السقاف أن الحوثيين يستولون على 60 مليون دولار شهريا من جمارك ميناء الحديدة.",
                                   "2015-08-01") if e[1] == ["Houthis", "Yemen"]]
    assert seizure[0] == "1711"
    (taken,) = [e for e in coded("واستولى الحوثيون على مدينة عدن.", "2015-08-01") if e[1][0] == "Houthis"]
    assert taken[0] == "192"


def test_the_adjectives_of_newspapers_or_a_minority_name_no_state():
    found = coded("الصحف الأمريكية والأوروبية بدت منتقدة ومتوجسة من قرار الرئيس الأمريكي الخروج من الاتفاق النووي.",
                  "2018-05-09")
    assert not any("European Union" in e[1] or e[1][:1] == ["United States"] for e in found if e[0].startswith("11"))
    assert not any("Uzbekistan" in e[2] for e in coded("يستقبل عبد الرشيد دوستم الزعيم الوحيد للأقلية الأوزبكية، "
                                                       "الزوار في قصره.", "2015-08-02"))


def test_nature_striking_and_a_price_paid_are_no_events():
    assert not coded("قال حاكم ولاية فلوريدا إن الإعصار مايكل، الذي ضرب المناطق الساحلية من الولاية، خلف دمارا.",
                     "2018-10-11")
    assert not [e for e in coded("وقتل الإعصار مايكل حوالي 13 شخصا أثناء مروره في أمريكا الوسطى.", "2018-10-11")
                if e[0].startswith("18")]
    assert not [e for e in coded("وكانت دانيلز قد تلقت مبلغ 130 ألف جنيه استرليني من قبل أحد محامي ترامب لقاء صمتها.",
                                 "2018-03-16") if e[0].startswith("04")]


def test_laqa_after_a_sum_is_in_return_for():
    # the check itself: «لقاء» after a sum is "in exchange for" (the event list alone could not show it, the meeting
    # there having no second side); a meeting named so is still one
    assert _other_sense(*_word_in("وكانت دانيلز قد تلقت مبلغ 130 ألف جنيه استرليني لقاء صمتها.", "لقاء"))
    assert not _other_sense(*_word_in("وجرى لقاء بين ترامب وكيم في سنغافورة.", "لقاء"))



def test_a_verb_opening_its_sentence_with_a_country_object_goes_on_with_the_last_subject():
    said = "وقال وزير الخارجية الفرنسي جان إيف لودريان إن الحزمة الأوروبية لن تكون جاهزة قبل نوفمبر."
    # «طالب» is masculine: Iran, right after it, is its object, and the subject is the minister told before
    assert ("100", ["Jean-Yves Le Drian", "France"], ["Iran"]) in coded(said + " وطالب إيران بالتوقف عن التهديد.")
    # carried through a sentence that opens with no subject of its own, and past the country asked in it
    events = coded(said + " وأعرب عن أمله في التوصل إلى حلول. وطالب إيران بالتوقف عن التهديد. "
                          "وانتقد الولايات المتحدة بشدة.")
    assert ("100", ["Jean-Yves Le Drian", "France"], ["Iran"]) in events
    assert ("111", ["Jean-Yves Le Drian", "France"], ["United States"]) in events
    # a feminine verb takes the country after it as its subject
    assert not [e for e in coded(said + " وطالبت إيران فرنسا بالتوقف عن التهديد.")
                if e[0] == "100" and e[1][0] == "Jean-Yves Le Drian"]


def test_a_side_inside_what_the_last_sentence_said_is_not_its_subject():
    events = coded('وكتب سفير واشنطن في جنيف، روبرت وود، تغريدة عن المؤتمر. وأضاف أنه "ليس لدى نظام دمشق مصداقية '
                   'لترأس المؤتمر". وطالب روسيا في تغريدة سابقة بالتدخل.', "2018-05-28")
    (demand,) = [e for e in events if e[0] == "100"]
    assert "Syria" not in demand[1] and "Damascus" not in demand[1] and demand[2] == ["Russia"]


def test_an_act_traded_in_a_deal_is_no_event():
    # «مقابل رفع العقوبات»: the sanctions the West lifts were coded as lifted by Iran, the side that agreed
    events = coded("توصلت إيران والغرب قبل أيام في فيينا إلى اتفاق يحد من طموحات إيران النووية مقابل رفع العقوبات "
                   "بشكل تدريجي.", "2015-07-20")
    assert [e[0] for e in events] == ["057"]  # the deal itself is coded
    assert not [e for e in events if e[0].startswith("08")]
    assert not _other_sense(*_word_in("وأفرجت تركيا عن القس في مقابل رفع واشنطن العقوبات.", "رفع"))


def _word_in(text: str, word: str):
    doc = marsad.analyze(text, published="2018-10-13")
    i = next(k for k, t in enumerate(doc.tokens) if t.text == word)
    return doc, i, len(doc.tokens)


def test_a_title_standing_alone_is_the_person_last_named_with_it():
    said = "قال وزير الخارجية الأمريكي مايك بومبيو إن بلاده ستنسحب من الاتفاق."
    events = coded(said + " ودعا الوزير الصين إلى وقف الاستيراد. وانتقد الوزير إيران بشدة.", "2018-05-08")
    assert ("020", ["Mike Pompeo", "United States"], ["China"]) in events
    assert ("111", ["Mike Pompeo", "United States"], ["Iran"]) in events
    # «الرئيس» alone is a president, not a prime minister
    events = coded("قال رئيس الوزراء البريطاني السابق توني بلير إن الوضع خطير. واتهم الرئيس إيران بدعم الإرهاب.")
    assert not [e for e in events if "Tony Blair" in e[1]]
    # in what a spokeswoman says, «الوزير» is her own minister, not the last one the story named
    events = coded('قال وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني إن التحالف لن يتشكل. وقالت المتحدثة '
                   'باسم الخارجية الأمريكية هيذر ناورت في بيان "أجرى الوزير ووزراء الخارجية مناقشات بناءة بشأن '
                   'تشكيل التحالف".', "2018-09-28")
    assert not [e for e in events if "Mohammed bin Abdulrahman Al Thani" in e[1] + e[2]]


def test_the_council_named_before_acts_when_the_story_calls_it_the_council():
    events = coded("انتخب مجلس النواب اللبناني نبيه بري رئيسا له للمرة السادسة. ورحب المجلس الجديد بالحكومة السورية.",
                   "2018-05-23")
    assert ("051", ["Lebanese Parliament", "Lebanon"], ["Syria"]) in events


def test_a_name_opening_with_ba_is_no_charge():
    # «ويتهم الديمقراطيون بومبيو بأنه عدائي»: «بومبيو» is who is accused, not a charge «بـ…» after the accused
    events = coded("قال وزير الخارجية الأمريكي مايك بومبيو إن بلاده ستبقى. ويتهم الديمقراطيون بومبيو بأنه عدائي.",
                   "2018-04-27")
    assert not [e for e in events if e[0].startswith("112") and "Democratic Party" in e[2]]


def test_welcoming_the_decision_answers_whoever_made_it():
    events = coded("صوت مجلس الأمن الدولي الجمعة بغالبية 12 صوتا لصالح مشروع قرار أمريكي يدعو أطراف النزاع إلى "
                   "التفاوض. ورحبت الرباط بالقرار معتبرة أنه يعزز موقفها. ورفضت جبهة البوليساريو هذا القرار.",
                   "2018-04-28")
    assert ("051", ["Rabat", "Morocco"], ["United Nations Security Council"]) in events
    # the side that answered it first did not make it
    assert [e[2] for e in events if e[0].startswith("12")] == [["United Nations Security Council"]]
    # «بهذا القرار»: the demonstrative glued to «بـ»
    events = coded("صوت مجلس الأمن الدولي الجمعة بغالبية 12 صوتا لصالح مشروع قرار أمريكي يدعو أطراف النزاع إلى "
                   "التفاوض. ورحبت الرباط بهذا القرار معتبرة أنه يعزز موقفها.", "2018-04-28")
    assert ("051", ["Rabat", "Morocco"], ["United Nations Security Council"]) in events


def test_an_act_supposed_to_tell_what_it_would_do_is_no_event():
    events = coded("حذر الرئيس الأميركي باراك أوباما أمس المشرعين الأميركيين من أن رفض الاتفاق النووي مع إيران من شأنه "
                   "أن يهدد مصداقية الولايات المتحدة.", "2015-08-05")
    assert [e[0] for e in events] == ["130"]  # the warning itself stands
    from marsad.events import find_triggers, load_lexicon
    doc = marsad.analyze("وحذر أوباما من أن رفض الاتفاق النووي مع إيران من شأنه أن يهدد مصداقية الولايات المتحدة.",
                         published="2015-08-05")
    assert "120" not in {m.trigger.code for _, m in find_triggers(doc, load_lexicon())}  # nor a trigger to read again


def test_a_meeting_the_clause_was_told_during_is_its_subjects():
    events = coded("أعلن أمس الأربعاء وزير الخارجية التركي مولود تشاوش اوغلو أن بلاده ستبدأ «قريبا» بمحاربة تنظيم "
                   "«داعش» الارهابي في شمال سوريا، خلال لقاء مع نظيره الأمريكي جون كيري في كوالالمبور.", "2015-08-06")
    (meeting,) = [e for e in events if e[0] == "040"]
    assert meeting[1][0] == "Mevlüt Çavuşoğlu" and meeting[2][0] == "John Kerry"


def test_telling_of_the_battle_to_free_a_place_accuses_no_one():
    events = coded("في غضون ذلك، قال قائد معركة تحرير العند، اللواء فضل حسن، إن ثلاثة آلاف مقاتل من قوات الجيش "
                   "اليمني والمقاومة الشعبية شاركت في معركة تحرير العند ضد الحوثيين.", "2015-08-04")
    assert not [e for e in events if e[0].startswith("112")]


def test_the_man_named_after_the_body_his_post_heads_is_the_side():
    events = coded("التقى الرئيس المصري عبد الفتاح السيسي برئيس حزب النور يونس مخيون.", "2015-08-01")
    (meeting,) = [e for e in events if e[0] == "040"]
    assert meeting[2] == ["Younis Makhioun"]
    events = coded("التقت ملكة بريطانيا إليزابيث الثانية بالقائد السابق للجيش الجمهوري الإيرلندي مارتن ماكغينيس.",
                   "2012-06-27")
    (meeting,) = [e for e in events if e[0] == "040"]
    assert meeting[2][0] == "Martin McGuinness"
    # a body that names no post is the side itself
    (meeting,) = [e for e in coded("التقى السيسي وفد حزب النور.", "2015-08-01") if e[0] == "040"]
    assert meeting[2][0] == "Nour Party"


def test_a_party_or_an_armed_group_acts_on_its_own_countrys_government():
    # «الحكومة الأفغانية» is linked to Afghanistan itself; the words it opens with tell it is the state
    assert [e[2] for e in coded("وهاجمت طالبان الحكومة الأفغانية بشدة.", "2015-08-01")] == [["Afghanistan"]]
    assert ("111", ["Nour Party", "Egypt"], ["Egypt"]) in coded("وانتقد حزب النور الحكومة المصرية بشدة.", "2015-08-01")
    # and so may a party's spokesman named with it
    assert ("111", ["National Progressive Unionist Party", "Nabil Zaki", "Egypt"], ["Egypt"]) in coded(
        "وانتقد المتحدث باسم حزب التجمع نبيل زكي الحكومة المصرية.", "2015-08-01")
    # (but the country's bare name after a party is no other side)
    assert not [e for e in coded("ودعا حزب النور مصر إلى الحوار.", "2015-08-01") if e[2] == ["Egypt"]]


def test_forces_loyal_to_the_government_are_the_story_states():
    events = coded("تواصل القتال في اليمن بين الحوثيين والقوات الحكومية. وشنت القوات الموالية للحكومة هجوما على "
                   "الحوثيين في الحديدة. وقتل عشرة من المتمردين.", "2018-06-20")
    assert ("190", ["Yemeni forces", "Yemen"], ["Houthis", "Yemen"]) in events


def test_a_leaders_forces_act_for_him():
    events = coded("وقصفت قوات الأسد مدينة حلب. وقصفت قوات صالح مستشفى الثورة في تعز.", "2015-08-01")
    assert [e[1] for e in events if e[0] == "195"] == [["Bashar al-Assad", "Syria"], ["Ali Abdullah Saleh", "Yemen"]]
    # whom the forces are loyal to is not the side they act on
    events = coded("انتشار قوات هادي. ونشرت القوات الموالية لحكومة هادي أمس مدرعاتها التي زودها بها التحالف في مدينة "
                   "زنجبار لتعزيز مواقعها. وتقع زنجبار في اليمن.", "2015-08-10")
    assert not [e for e in events if "Abdrabbuh Mansur Hadi" in e[2]]


def test_an_appeal_to_all_parties_is_made_to_the_story_state():
    text = ("تواصل القصف على الغوطة الشرقية في سوريا لليوم الخامس. وحث ديفيد بيسلي، المدير التنفيذي لبرنامج الأغذية "
            "العالمي، جميع الأطراف على الوفاء بالتزاماتها لحماية المدنيين. وقتل عشرات المدنيين في دمشق.")
    (appeal,) = [e for e in coded(text, "2018-02-24") if e[0].startswith("02")]
    # his own programme, named in his title, is not the side urged
    assert appeal[1][0] == "David Beasley" and appeal[2] == ["Syria"]


def test_two_sides_that_exchange_an_act_do_it_to_each_other():
    found = coded("وتبادلت الهند وباكستان الاتهامات بانتهاك وقف إطلاق النار في كشمير.", "2018-08-09")
    assert ("112", ["India"], ["Pakistan"]) in found
    assert not [f for f in found if f[0].startswith("08") and f[1] == ["India"]]  # the ceasefire is not India's act


def test_an_army_s_protest_in_words_is_an_official_complaint_not_a_show_of_force():
    found = coded("قدم الجيش الباكستاني أمس مذكرة احتجاج إلى بعثة مراقبي الأمم المتحدة حول عمليات القصف التي شنتها "
                  "القوات الهندية.", "2015-08-06")
    assert [f for f in found if f[0] == "114" and "Pakistan" in f[1]]
    assert not [f for f in found if f[0] == "150"]


def test_who_undertakes_an_act_after_qiyam_or_iqdam_does_it():
    found = coded("وندد أحمد قريع بقيام مستوطنين يهود باقتحام محيط المسجد الأقصى.", "2015-08-10")
    assert [f for f in found if f[0].startswith("17") and "Jewish settlers" in f[1] and "Al-Aqsa Mosque" in f[2]]


def test_a_condemnation_s_genitive_with_its_object_after_condemns():
    found = coded("وأبرزت الصحف تنديد أحمد قريع بقيام مستوطنين يهود باقتحام محيط المسجد الأقصى.", "2015-08-10")
    assert [f for f in found if f[0] == "111" and f[1] == ["Ahmed Qurei"]]
    assert not [f for f in found if f[0] == "111" and "Ahmed Qurei" in f[2]]


def test_a_court_that_rules_a_sentence_is_its_country_s_court():
    found = coded("أزمة في مصر بعد الحكم. قضت محكمة عسكرية مصرية الثلاثاء بالسجن خمس سنوات على هشام جنينة.",
                  "2018-04-24")
    assert ("173", ["Egyptian court", "Egypt"], ["Hisham Genena"]) in found


def test_a_people_named_in_the_plural_protests_in_the_street_not_as_a_state():
    found = coded("تسعى إيران إلى إنقاذ الاتفاق النووي. جولة تأتي في وقت تواجه فيه سلطات طهران ضغوطا شعبية كبيرة "
                  "والإيرانيون يحتجون يوميا للمطالبة بظروف عيش أفضل.", "2018-07-04")
    assert [f for f in found if f[0] == "140" and "Iran" in f[1]] and not [f for f in found if f[0] == "114"]


def test_a_side_after_a_role_or_effort_is_whose_role_is_praised_not_who_praises():
    found = coded("وهنأت الدولتان السعودية بمناسبة عيد الفطر. وأشادتا بدور المملكة المحوري في دعم الحكومة اليمنية "
                  "والمقاومة الشعبية.", "2015-07-20")
    assert not [f for f in found if f[0] == "051" and "Saudi Arabia" in f[1]]
    found = coded("وأشاد الوزير اليمني بدور السعودية في دعم الحكومة اليمنية.", "2015-07-20")
    assert ("051", ["Yemen"], ["Saudi Arabia"]) in found


def test_whom_a_case_is_named_after_is_not_the_one_sentenced():
    found = coded("وحكمت المحكمة بسجن المتهمين في قضية خلية الظواهري.", "2015-08-11")
    assert not [f for f in found if "Ayman al-Zawahiri" in f[2]]


def test_the_object_comes_after_the_subject_s_leader():
    found = coded("طالب ائتلاف الوطنية بزعامة اياد علاوي الحكومة العراقية باتخاذ خطوات شجاعة.", "2015-08-03")
    assert ("100", ["Al-Wataniya", "Iraq"], ["Iraq"]) in found


def test_a_man_after_a_party_named_by_its_members_is_its_object_not_its_spokesman():
    found = coded("ويتهم الديمقراطيون بومبيو بتضليل الكونغرس بشأن كوريا الشمالية.", "2018-07-25")
    assert [f for f in found if f[0] == "112" and f[1][:1] == ["Democratic Party"] and "Mike Pompeo" in f[2]]
    found = coded("رفض المتحدث باسم الخارجية الإيرانية بهرام قاسمي الاتهامات الأمريكية.", "2018-07-25")
    assert not [f for f in found if "Bahram Qasemi" in f[2]]  # a body's spokesman after it is still its own man


def test_a_shadow_cast_lays_no_blame():
    found = coded("إلا أن الأزمة مع قطر ألقت بظلالها على الحدث الديني السنوي وتبادلت الرياض والدوحة الاتهامات بتسييس "
                  "الحج.", "2018-08-17")
    assert not [f for f in found if f[0].startswith("11") and "Qatar" in f[1]]
    assert ("112", ["Riyadh", "Saudi Arabia"], ["Doha", "Qatar"]) in found


def test_the_enemy_an_effort_is_for_is_not_the_one_supported():
    # SaudiNewsNet, 2015-08-06: Muallem said Syria backs any effort to confront IS — IS is fought, not backed
    events = coded("ونقلت الوكالة عن وزير الخارجية وليد المعلم قوله إن سوريا تدعم أي جهود للتصدي لتنظيم داعش.",
                   "2015-08-06")
    assert not [e for e in events if e[0].startswith("0") and "Islamic State" in e[2]]
    assert not [e for e in coded("وتدعم فرنسا الجهود الدولية للقضاء على تنظيم داعش.") if "Islamic State" in e[2]]
    # a side helped to do it is still the one helped
    (helped,) = [e for e in coded("وتدعم فرنسا جهود العراق للتصدي لتنظيم داعش.") if e[0].startswith("0")]
    assert helped[2] == ["Iraq"]


def test_a_masdar_after_a_prepositional_aside_is_still_the_light_verbs_object():
    # SaudiNewsNet, 2015-08-06: «أعلن تنظيم داعش عبر حسابات إلكترونية تابعة له، سيطرته الكاملة على مدينة القريتين»:
    # «سيطرته» is its control (a masdar, the object of «أعلن»), not «he controlled it» opening a clause
    (seizure,) = [e for e in coded("في غضون ذلك، أعلن تنظيم داعش عبر حسابات إلكترونية تابعة له، سيطرته الكاملة على "
                                   "مدينة القريتين في ريف حمص الشرقي.", "2015-08-06") if e[0].startswith("19")]
    assert seizure[1] == ["Islamic State"] and seizure[2][0] == "Al-Qaryatayn"
    (rejection,) = [e for e in coded("وأعلنت مصر، في بيان صادر عن وزارة الخارجية، رفضها القرار الأمريكي.")
                    if e[0].startswith("12")]
    assert rejection[1] == ["Egypt"]


def test_a_man_right_after_a_short_feminine_verb_is_its_object():
    # France 24, 2018-07-08: «نددت فيه بالمطالب التي قدمها ودعت الرئيس الأمريكي دونالد ترامب إلى إحياء عملية
    # السلام»: «دعت» («she» called: North Korea) is three letters long, and Trump is whom she called on
    events = coded("وأصدرت كوريا الشمالية بيانا حاد اللهجة نددت فيه بالمطالب التي قدمها ودعت الرئيس الأمريكي دونالد "
                   "ترامب إلى إحياء عملية السلام.", "2018-07-08")
    (appeal,) = [e for e in events if e[0].startswith("02")]
    assert appeal[1] == ["North Korea"] and appeal[2][0] == "Donald Trump"


def test_a_feminine_participle_after_a_comma_is_she_acting():
    # France 24, 2018-07-08: «واعتبرت بيونغ يانغ أن تلك المطالب تعكس عقلية "أشبه بالعصابات"، مطالبة واشنطن
    # بتقديم "تنازلات حقيقية"»: Pyongyang demanding, not the masdar «مطالبة واشنطن» (Washington's demand)
    (demand,) = [e for e in coded("واعتبرت بيونغ يانغ أن تلك المطالب تعكس عقلية أشبه بالعصابات، مطالبة واشنطن بتقديم "
                                  "تنازلات حقيقية.", "2018-07-08") if e[0].startswith("10")]
    assert demand[1][0] == "Pyongyang" and demand[2][0] == "Washington"
    # the masdar anywhere else is still Washington's demand, which no one is told to make here
    assert not [e for e in coded("وجاءت مطالبة واشنطن بتقديم تنازلات.") if e[0].startswith("10")]


def test_a_relative_clause_on_the_object_is_not_the_subjects_act():
    # SaudiNewsNet, 2015-08-04: «محطة في اسرائيل … والتي تعارض بشدة الاتفاق مع ايران»: the country named right
    # before «التي» opposes, not the visitor who is the subject of the verb before it
    (opposition,) = [e for e in coded("وزار كيري إسرائيل التي تعارض بشدة الاتفاق مع إيران.", "2015-08-04")
                     if e[0].startswith("12")]
    assert opposition[1] == ["Israel"]
    (visit,) = [e for e in coded("واستقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي جون كيري الذي يزور "
                                 "القاهرة حاليا.", "2015-08-02") if e[0] == "042"]
    assert visit[1] == ["John Kerry", "United States"]


def test_whom_a_deal_trades_for_is_not_the_one_acted_on():
    # BBC, 2018-08-04: «أشار إردوغان إلى أنه سيفرج عن القس مقابل غولن»: Gülen is what Turkey wants in exchange; the
    # pastor, no side the dictionary knows, is the one to be freed
    assert not [e for e in coded("أشار إردوغان إلى أنه سيفرج عن القس مقابل غولن.", "2018-08-04")
                if "Fethullah Gülen" in e[2]]
    # the side freed, named before «مقابل», is still the target
    (release,) = [e for e in coded("وقال إردوغان إن تركيا ستفرج عن القس الأمريكي مقابل غولن.", "2018-08-04")
                  if e[0].startswith("03")]
    assert release[2] == ["United States"]


def test_a_plural_that_keeps_its_nun_owns_no_place_after_it():
    # SaudiNewsNet, 2015-08-01: «اقتحم مستوطنون المسجد الأقصى»: «مستوطنون» keeps its «ن», so it is in no construct
    # with the mosque after it (that would read «مستوطنو»); the mosque is what they stormed, not whose they are
    found = coded("اقتحم مستوطنون المسجد الأقصى تحت حماية شرطة الاحتلال.", "2015-08-01")
    assert not [e for e in found if "Palestine" in e[1]]
    assert [e for e in found if e[0].startswith("17") and "Al-Aqsa Mosque" in e[2]]
    # a people's adjective still agrees with it: «مسلحون يمنيون» are Yemeni gunmen
    assert [e for e in coded("هاجم مسلحون يمنيون مقر الحكومة.", "2015-08-01") if e[1][:1] == ["Yemeni gunmen"]]


def test_a_verb_joined_after_the_first_verbs_object_goes_on_with_the_clauses_subject():
    # «انتقادات مجموعة السبع»: the group is the genitive of what Putin described, not who called
    found = coded('وصف الرئيس الروسي فلاديمير بوتين الأحد انتقادات مجموعة السبع "بالثرثرة" ودعاها إلى بدء '
                  '"تعاون حقيقي".', "2018-06-10")
    assert [(c, s) for c, s, _ in found if c.startswith("02")] == [("020", ["Vladimir Putin", "Russia"])]
    # and the light verb joined after the object: Putin is ready to meet Trump, not the G7
    found = coded("بوتين ينتقد مجموعة السبع ويؤكد استعداده للقاء ترامب", "2018-06-10")
    assert [(s, t) for c, s, t in found if c == "036"] == [(["Vladimir Putin", "Russia"], ["Donald Trump", "United States"])]
    found = coded("طالبت لندن بتحقيق دولي حول كيفية وصول الصواريخ التي أطلقت باتجاه السعودية إلى الحوثيين وأكدت "
                  "تضامنها مع السعودية في مواجهة التهديدات.", "2018-03-27")
    assert [s for c, s, _ in found if c == "051"] == [["London", "United Kingdom"]]


def test_a_man_named_after_his_governed_title_is_no_subject_of_the_verb_after_him():
    found = coded("وتقدمت هذه المنظمات والجماعات بمجموعة مطالب عبر مذكرة رفعتها لرئيس الحكومة الاسرائيلية بنيامين "
                  "نتنياهو ولقيادة شرطة الاحتلال طالبت فيها بإغلاق الأقصى أمام المسلمين.", "2015-07-23")
    assert not [s for c, s, _ in found if "Benjamin Netanyahu" in s]
    # but a masculine verb that takes no one up as its object is his: the emir criticises
    found = coded("وكانت أزمة الخليج اندلعت في 23 مايو 2017 عندما تمكن قراصنة مجهولون من اختراق الوكالة القطرية "
                  "للأنباء ونشر معلومات نسبت للأمير القطري الشيخ تميم ينتقد فيها الإمارات العربية المتحدة.",
                  "2018-06-03")
    assert [s[0] for c, s, _ in found if c == "111"] == ["Tamim bin Hamad Al Thani"]


def test_what_reports_are_about_is_the_masdar_of_an_act_not_a_verb_of_the_investigator():
    found = coded("تحقق منظمة حظر الأسلحة الكيميائية في تقارير حول شن هجوم كيميائي في مدينة دوما قرب دمشق.",
                  "2018-04-09")
    assert not [s for c, s, _ in found if "Organisation for the Prohibition of Chemical Weapons" in s]


def test_the_two_koreas_are_both_sides_of_their_summit_talks_and_accords():
    assert coded("ويعتزم زعيما الكوريتين عقد لقاء قمة بينهما الشهر المقبل.", "2018-03-07") == [
        ("036", ["North Korea"], ["South Korea"])]
    assert coded("وقال الرئيس ترامب إنه يدعم المحادثات بين الكوريتين.", "2018-05-09") == [
        ("046", ["North Korea"], ["South Korea"])]
    assert [c for c, _, _ in coded("اتفقت الكوريتان على وقف الأعمال العدائية.", "2018-04-28")] == ["030"]
    # the bond or the border between them is no side of the act told beside it
    assert not coded("وأضافت الوكالة الكورية الشمالية أن المناورات محاكاة لمحاولة غزو واستفزاز في وقت بدأت "
                     "العلاقات بين الكوريتين في التحسن.", "2018-05-16")
    assert not [s for c, s, t in coded("وأضاف أن الدراسة هدفها تفعيل المشاريع التي لا تخضع للعقوبات، وما يمكن "
                                       "للكوريتين فعله معا بعد رفع العقوبات.", "2018-04-30") if "South Korea" in t]


def test_a_defective_verb_ending_in_ya_is_passive():
    from marsad.events.participants import is_passive
    doc = marsad.analyze("وألقي القبض على الثنائي في سوريا، بينما ألقى الجيش القبض على آخرين وأجري تحقيق.")
    passive = {t.text: is_passive(t) for t in doc.tokens if t.text in ("وألقي", "ألقى", "وأجري")}
    assert passive == {"وألقي": True, "ألقى": False, "وأجري": True}


def test_a_meeting_with_a_medium_alone_is_an_interview():
    found = coded("وأضاف عزام الأحمد، في لقاء مع بي بي سي، أن اتفاق التهدئة الحالي تم بجهد قطري وأممي.", "2018-08-16")
    assert not [c for c, _, _ in found if c.startswith("04")]


def test_an_act_held_back_from_is_negated():
    from marsad.events.extract import _is_negated

    doc = marsad.analyze("وانتقد العودة في السابق النظام، لكنه أحجم عن تأييد السياسات السعودية علنا، وتجنب انتقاد "
                         "قطر، ثم أيد القرار.")
    at = {t.text: i for i, t in enumerate(doc.tokens)}
    assert _is_negated(doc, at["تأييد"], 0, set()) and _is_negated(doc, at["انتقاد"], 0, set())
    assert not _is_negated(doc, at["أيد"], 0, set())


def test_a_joined_verb_of_saying_opens_a_clause_no_object_is_sought_in():
    # «وقال وزير الخارجية الفرنسي» after the appeal, with no comma: the minister speaks; he is not appealed to
    found = coded("دعت فرنسا الاثنين إلى تجنب تصعيد جديد في الشرق الأوسط وقال وزير الخارجية الفرنسي جان إيف لودريان "
                  "إن التوتر يتصاعد.", "2018-05-14")
    assert not [t for c, _, t in found if "Jean-Yves Le Drian" in t]


def test_a_quote_opened_after_a_speaker_has_a_verb_of_its_own_subject():
    # the observatory's director tells what the regime's forces did; he struck no one
    found = coded('وقال مدير المرصد رامي عبد الرحمن "استهدفت قوات النظام بعد منتصف الليل أحياء سيطرة الفصائل المعارضة في '
                  'مدينة درعا"، قبل أن يتدخل الطيران المروحي.', "2018-06-25")
    assert not [s for c, s, _ in found if "Rami Abdulrahman" in s]
    # but a verb in the first person is the speaker's own
    found = coded('وقال وزير الإعلام اليمني معمر الإرياني "أطالب الحكومة اللبنانية بوقف بث قناة المسيرة".', "2018-09-29")
    assert [s[-1] for c, s, _ in found if c.startswith("10")] == ["Yemen"]  # the minister, for his country


def test_a_place_behind_a_place_noun_with_a_preposition_is_no_clause_subject():
    # «بالعاصمة واغادوغو» tells where the attacks fell; the verb joined after the comma is theirs, not the city's
    found = coded("قتل 28 شخصا على الأقل وجرح العشرات في سلسلة الهجمات التي وقعت بالعاصمة واغادوغو الجمعة، واستهدفت "
                  "السفارة والمعهد الفرنسيين ومقر القوات المسلحة في البلاد.", "2018-03-02")
    assert not [s for c, s, _ in found if "Ouagadougou" in s]
    # a subject with nothing before it still goes on to the verb joined after the comma
    (attack,) = [e for e in coded("اجتمع وزير الخارجية الروسي سيرغي لافروف بنظيره السوري في موسكو، وهاجم الولايات "
                                  "المتحدة.", "2016-08-25") if e[0].startswith("11")]
    assert attack[1][0] == "Sergey Lavrov" and attack[2] == ["United States"]


def test_a_people_glued_to_lam_is_governed_even_as_a_spot_of_its_whole_word():
    # once the article names the Palestinian territories, «للفلسطينيين» is linked to them; the associations that
    # back the Palestinians call for the protest, Palestine does not
    found = coded("وسيزور الرئيس الفلسطيني محمود عباس باريس قريبا فيما يعتزم ماكرون زيارة إسرائيل والأراضي الفلسطينية. "
                  "ومن جهتها دعت جمعيات مساندة للفلسطينيين إلى التظاهر في مدن فرنسا الكبرى للتنديد باستقبال "
                  "نتانياهو.", "2018-06-05")
    assert not [s for c, s, _ in found if c.startswith("02") and "Palestine" in s]
    assert [s[0] for c, s, _ in found if c.startswith("03")] == ["Mahmoud Abbas", "Emmanuel Macron"]


def test_the_side_a_condemned_wrong_was_done_to_is_not_condemned():
    found = coded('وقال وزير الخارجية التركي مولود جاويش أوغلو في بيان "إن الإدانة الظالمة والهذيان في حق مواطنين '
                  'فرنسيين مسلمين عبر هذا المقال، يهددان بإثارة طوائف دينية ضد أخرى".', "2018-04-23")
    assert not [t for c, _, t in found if c.startswith("11") and "French citizens" in t]


def test_a_verb_of_entering_after_lam_is_no_interference():
    found = coded("وقال نتانياهو إن إسرائيل تعول على التهديد بفرض عقوبات أمريكية على الشركات الأوروبية المتعاملة مع "
                  "إيران، وهي عقوبات لم تدخل بعد حيز التنفيذ.", "2018-06-05")
    assert not [c for c, _, _ in found if c.startswith("11")]


def test_how_long_ago_between_a_verb_and_its_object_ends_no_clause():
    (visit,) = coded("وكان المبعوث الروسي ألكسندر لافرينتييف قد زار قبل نحو أسبوعين كلا من دمشق وبيروت.", "2018-08-06")
    assert visit[2][:2] == ["Damascus", "Beirut"]
    # but «قبل عقد» is before holding, and a span «على» or «من» an act opens that act's phrase
    found = coded("وقال مسؤول إن الاجتماع يأتي بعد يومين على ضربات نفذتها الولايات المتحدة على سوريا.", "2018-04-16")
    assert not [t for c, _, t in found if c.startswith("04") and "United States" in t]


def test_alla_before_an_imperfect_verb_negates_it_but_illa_does_not():
    from marsad.events.extract import _is_negated

    doc = marsad.analyze('وكتب ترامب "من العار تماما ألا تفرج تركيا عن قس أمريكي، وأتمنى أن يعود إلى صوابه وألا ينسحب".')
    at = {t.text: i for i, t in enumerate(doc.tokens)}
    assert _is_negated(doc, at["تفرج"], 0, set()) and _is_negated(doc, at["ينسحب"], 0, set())
    doc = marsad.analyze("وما كان من الجيش إلا يستهدف المسلحين.")
    assert not _is_negated(doc, next(i for i, t in enumerate(doc.tokens) if t.text == "يستهدف"), 0, set())


def test_a_verb_of_saying_right_after_a_comma_opens_the_clause_of_who_tells_it():
    # France 24's review of the press: «…، تكتب لوموند» names the paper that wrote it; Trump rejects the deal, not it
    found = coded("وهذا يمر أولا عبر الحفاظ على الاتفاق الذي أبرم معها والذي يرفضه ترامب رغم إعلانه الاستعداد لتعديله، "
                  "تكتب لوموند.", "2018-04-26")
    assert not [t for c, _, t in found if "Le Monde" in t]
    # a side joined after the comma is still the object
    (attack,) = [e for e in coded("هاجم لافروف الولايات المتحدة، وبريطانيا.", "2018-04-26") if e[0].startswith("11")]
    assert attack[2][:2] == ["United States", "United Kingdom"]


def test_events_a_bare_also_between_subject_and_object_lists_no_one():
    # France 24, 2018-04-09: «اتهمت الصحيفة كذلك النظام السوري بشن الهجوم» — the paper accused the regime
    doc = unfiltered("صحيفة ذي تايمز البريطانية عنونت على تحذيرات الرئيس الأمريكي دونالد ترامب للرئيس السوري بشار "
                     "الأسد. اتهمت الصحيفة كذلك النظام السوري بشن الهجوم.", "2018-04-09")
    (accusation,) = [e for e in doc.events if e.cameo == "112"]
    assert "Syria" not in names(accusation.source) and "Syria" in names(accusation.target)


def test_events_a_relative_clause_after_a_comma_whose_verb_agrees_has_the_antecedent_for_subject():
    # BBC, 2018-08-25: «ويتلقى التحالف، الذي يقاتل الحوثيين، دعما لوجستيا» — the coalition fights the Houthis
    doc = unfiltered("ويتلقى التحالف العربي، الذي يقاتل الحوثيين، دعما لوجستيا واستخباراتيا من الولايات المتحدة.",
                     "2018-08-25")
    (fighting,) = [e for e in doc.events if e.trigger.text == "يقاتل"]
    assert names(fighting.source)[0] == "Arab coalition" and names(fighting.target)[0] == "Houthis"
    # a place behind «في» is no antecedent: the verb's own subject follows it
    doc = unfiltered("شنت إسرائيل غارات على أهداف إيرانية في سوريا، التي تتهم طهران إسرائيل بقصفها.", "2018-08-25")
    assert [names(e.source)[0] for e in doc.events if e.cameo_root == "11"] == ["Tehran"]


def test_a_light_verb_joined_after_the_genitive_of_a_proposal_goes_on_with_the_reported_subject():
    # «إن ماتيس تجاهل اقتراح ترامب وأمر بتنفيذ غارة»: Trump's is the proposal; Mattis ordered the strike
    (strike,) = [e for e in coded("ويقال إن ماتيس تجاهل اقتراح ترامب وأمر بتنفيذ غارة جوية على مواقع عسكرية للجيش "
                                  "السوري بدلا من ذلك.", "2018-09-05") if e[0].startswith("19")]
    assert strike[1][0] == "James Mattis" and "Donald Trump" not in strike[1]
    # a verb joined after the genitive of a stance, in a reported clause, is its subject's too
    (demand,) = [e for e in coded("وقال الوزير إن ألمانيا أكدت موقف الرئيس الفرنسي وطالبت إيران بوقف التخصيب.")
                 if e[0].startswith("10")]
    assert demand[1] == ["Germany"] and demand[2] == ["Iran"]


def test_a_side_named_in_a_quotation_is_not_the_subject_of_the_clause_after_it():
    (described,) = [e for e in coded('وأضاف أردوغان "ما تفعله إسرائيل إجرام ووحشية وإرهاب دولة" بعد أن وصف سقوط '
                                     'القتلى في غزة بأنه "مجزرة".', "2018-05-18") if e[2][:1] == ["Gaza Strip"]]
    assert described[1][0] == "Recep Tayyip Erdogan"
    # but a word quoted whole after the side leaves it the subject («الأخير»: the latter)
    found = coded('ووصف أردوغان نتنياهو "بالإرهابي" بعدما اعترض الأخير على ماسماه "المحاضرة الاخلاقية" التركية '
                  'واتهم أنقرة بقصف المدنيين.', "2018-04-01")
    (accusation,) = [e for e in found if e[0].startswith("112")]
    assert accusation[1][0] == "Benjamin Netanyahu" and accusation[2] == ["Turkey"]


def test_a_name_in_a_garden_or_hall_is_where_the_speaker_stands():
    (meeting,) = [e for e in coded('وقال ترامب للصحفيين في حديقة البيت الأبيض "سنجتمع في 12 يونيو/حزيران في '
                                   'سنغافورة".', "2018-06-01") if e[0].startswith("03")]
    assert meeting[1][0] == "Donald Trump"


def test_an_envoy_acts_for_the_side_his_nisba_names_unless_his_name_follows():
    (meeting,) = coded("والتقى المبعوث الأمريكي الرئيس السوري بشار الأسد في دمشق.")
    assert meeting[1][0] == "American envoy" and meeting[2][0] == "Bashar al-Assad"
    (denial,) = coded("ونفى المبعوث الأمريكي، الذي تولى مهام منصبه في أغسطس الماضي، وجود أي خطط لخروج القوات "
                      "الأمريكية من سوريا.")
    assert denial[1][0] == "American envoy"
    (named,) = [e for e in coded("التقى المبعوث الروسي الخاص إلى سوريا ألكسندر لافرنتييف الثلاثاء في زيارة مفاجئة "
                                 "لطهران، مع الأمين العام للمجلس الأعلى للأمن القومي الإيراني علي شمخاني.", "2018-04-10")
                if e[0].startswith("04")]
    assert "Russia" in named[1] and "Russian envoy" not in named[1]  # the title is the named man's


def test_a_joined_verb_with_its_object_after_a_preposition_has_the_side_after_it_for_subject():
    # «تأسفت له باريس ونددت به الصين»: China condemned the decision; Paris regretted it and is no one's target
    assert not [e for e in coded("فهذا القرار تأسفت له باريس ونددت به الصين التي اعتبرته هجوما خطيرا على التجارة.",
                                 "2018-03-09") if e[1][:1] == ["Paris"] or "China" in e[2]]


def test_a_manoeuvre_in_the_singular_is_no_military_exercise():
    assert not coded("وتكتب الصحيفة بأن المناورة بين ترامب وكوريا الشمالية تتجاهل الحلفاء.", "2018-03-09")
    (drill,) = coded("وأجرت القوات الروسية مناورات عسكرية قرب الحدود مع أوكرانيا.")
    assert drill[0] == "150"


def test_his_talks_after_that_he_and_a_verb_are_the_speakers_not_the_verbs_objects():
    (talks,) = [e for e in coded("وقال غريفيث إنه سيطلع غدا الخميس مجلس الأمن الدولي على نتائج مباحثاته في صنعاء.",
                                 "2018-07-04") if e[0].startswith("04")]
    assert talks[1][0] == "Martin Griffiths"
    # but a side with a verb of its own after «إنه يأتي بعد أن» is its own act's subject
    (threats,) = [e for e in coded("وتقول الصحيفة إنه يأتي بعد أن تمادت إيران في تهديداتها لإسرائيل.", "2018-08-02")
                  if e[0].startswith("13")]
    assert threats[1][0] == "Iran"


def test_agreeing_on_a_view_of_strikes_is_no_pledge_of_force():
    (agreed,) = coded("ونقلت وسائل إعلام روسية عن بيان للكرملين، أن روحاني وبوتين اتفقا على أن الضربات الغربية أضرت "
                      "بفرص التوصل إلى حل سياسي في سوريا.", "2018-04-15")
    assert agreed[0] == "030"
    # while a pledge of pressure is still a threat
    (pledge,) = coded("وتعهد بينس بالاستمرار في الضغط على كوريا الشمالية.")
    assert pledge[0] == "130" and pledge[2][0] == "North Korea"
    # and so is agreeing to an act of force, which is no view agreed on
    agreed_to = coded("وقالت ماي إن بريطانيا ستضغط من أجل أن يوافق الاتحاد الأوروبي على فرض عقوبات جديدة ضد روسيا.",
                      "2018-09-06")
    assert ("130", ["European Union"], ["Russia"]) in agreed_to


def test_his_war_after_a_relative_clause_closed_by_a_comma_is_the_antecedents():
    (war,) = [e for e in coded("وكان التحالف بقيادة السعودية تدخل في الصراع اليمني عام 2015 في محاولة لدعم الرئيس "
                               "اليمني، عبد ربه منصور، الذي تعترف الأمم المتحدة بحكومته، في حربه ضد المتمردين "
                               "الحوثيين.", "2018-10-01") if e[0].startswith("19")]
    assert war[1][0] != "United Nations" and war[1][-1] == "Yemen" and war[2][0] == "Houthis"


def test_two_leaders_named_by_their_adjectives_both_condemn_unless_they_meet_each_other():
    (condemned,) = [e for e in coded("وندد الرئيسان الأمريكي والفرنسي بالهجوم الكيميائي الذي شنه النظام السوري على "
                                     "دوما.", "2018-04-09") if e[0].startswith("11")]
    assert condemned[1] == ["United States", "France"] and condemned[2] == ["Syria"]
    (agreed,) = coded("واتفق الجانبان المصري واليمني على ذلك.")
    assert agreed[1] == ["Egypt"] and agreed[2] == ["Yemen"]


def test_a_second_reported_clause_with_its_pronoun_is_the_speakers_not_a_side_of_the_first():
    (hope,) = [e for e in coded("لكن قرقاش قال إن أيام الحوثيين في الحديدة صارت معدودة وإنه يأمل أن يتمكن مبعوث "
                                "الأمم المتحدة من إقناع الحوثيين بالانسحاب.", "2018-06-18") if e[0].startswith("01")]
    assert hope[1][0] == "Anwar Gargash"


def test_a_side_named_in_a_clause_set_off_after_the_subject_is_not_its_target():
    found = coded("وحذر الرئيس الفرنسي، الذي التقى المعارضة السورية في باريس، من أن الحرب في سوريا ستطول.")
    assert not [e for e in found if "Syrian opposition" in e[2]]
    (appeal,) = coded("ودعا الرئيس الفرنسي، الذي التقى المعارضة السورية في باريس، إلى وقف القتال.")
    assert appeal[2] == []
    # but the clause's own verb keeps its object
    (met,) = [e for e in coded("وانتقد الرئيس الفرنسي، الذي التقى المعارضة السورية في باريس، الحكومة الروسية بشدة.")
              if e[0].startswith("04")]
    assert met[2][0] == "Syrian opposition"


def test_war_powers_are_no_authorities():
    doc = marsad.analyze('ودعا كوربين إلى تفعيل قانون سلطات الحرب "كي تكون الحكومة محاسبة".', published="2018-04-14")
    token_of = {t.start: i for i, t in enumerate(doc.tokens)}
    assert not [s for s in find_actor_spots(doc, 0, len(doc.tokens), load_lexicon(), token_of)
                if s.generic and s.generic[0] == "authorities"]


def test_unnamed_people_in_an_indefinite_sound_plurals_oblique_after_the_verb_are_its_object():
    found = coded("وكانت تركيا قد اعتقلت العديد من الأشخاص. واحتجزت مواطنين من ألمانيا، بمن فيهم الصحفي دنيز يوسيل.",
                  "2018-06-22")
    assert not [e for e in found if e[1] == ["citizens"]]


def test_criticism_a_side_faces_in_a_relative_clause_is_aimed_at_it_from_whoever_min_names():
    (criticism,) = coded("وتشير الصحيفة إلى الانتقادات التي تواجهها الولايات المتحدة من الاتحاد الأوروبي وروسيا والصين.",
                         "2018-05-22")
    assert criticism[1] == ["European Union", "Russia", "China"] and criticism[2] == ["United States"]


def test_a_man_before_qad_and_an_arrest_verb_with_no_object_was_arrested():
    found = coded("وتوصل شلومو حيفيتز إلى اتفاق مع الشرطة الإسرائيلية يقضي بأن يكون شاهدا ضد نتانياهو. وكان حيفيتز قد "
                  "اعتقل الأحد في الثامن عشر من فبراير، ولم تقدم الشرطة الإسرائيلية أي تفاصيل.", "2018-03-05")
    assert not [e for e in found if e[0].startswith("17") and "Shlomo Haevitz" in e[1]]


def test_where_a_reported_clause_goes_on_it_goes_on_with_that_clauses_subject_not_the_speaker():
    found = coded("وبدوره، كشف المتحدث باسم الأمم المتحدة في جنيف أحمد فوزي أمس أن المبعوث الأممي ولد الشيخ أحمد التقى "
                  "خلال زيارة إلى القاهرة بالأمين العام لحزب المؤتمر الشعبي العام. وقال فوزي إن ولد الشيخ أحمد سيذهب "
                  "بعد زيارته لمصر إلى سلطنة عمان حيث التقى من قبل بممثلين للحوثيين ومنها سيتوجه إلى الرياض.",
                  "2015-08-06")
    assert not [e for e in found if e[1][:1] == ["Ahmed Fawzi"]]


def test_the_nisba_of_an_accord_does_not_hold_the_talks_told_after_it():
    (talks,) = [e for e in coded('وصحيفة "يو إس إي توداي" اهتمت بتداعيات قرار الرئيس دونالد ترامب الانسحاب من الاتفاق '
                                 'النووي الإيراني مؤكدة بأن هذا القرار سيؤثر على المحادثات مع كوريا الشمالية.',
                                 "2018-05-10") if e[0].startswith("04")]
    assert talks[1][:1] != ["Iran"] and talks[2][0] == "North Korea"


def test_a_verb_of_protest_with_no_crowd_named_is_no_protest_unless_it_names_the_protest():
    assert not [e for e in coded('وقال ترامب لصحفيين إن الولايات المتحدة والسعودية "صديقان جيدان جدا"، ورفع صورا تظهر '
                                 'رسوما بيانية خاصة باتفاقات السلاح بين البلدين.', "2018-03-20") if e[0].startswith("14")]
    assert not [e for e in coded("خاصة أن معركة الحديدة ستقطع طريق التواصل الوحيد بين الحوثيين والعالم الخارجي.",
                                 "2018-06-15") if e[0].startswith("14")]
    (marched,) = [e for e in coded("وخرجت مظاهرات صغيرة في هلسنكي خلال زيارة الوفد الأمريكي.", "2018-07-14")
                  if e[0].startswith("14")]
    assert marched[1]


def test_a_long_way_come_is_no_road_blocked():
    assert not [e for e in coded('وقال كاسترو الذي تولى القيادة في 2006 في آذار/مارس "قطعنا طريقا طويلا وصعبا ليكون '
                                 'أبناؤنا سعداء".', "2018-04-17") if e[0].startswith("14")]
    assert _other_sense(*_word_in('وقال كاسترو "قطعنا طريقا طويلا وصعبا".', "قطعنا"))
    assert not _other_sense(*_word_in("وقطع المتظاهرون الطريق الرئيسي في بغداد.", "وقطع"))


def test_a_bare_verb_of_protest_opening_a_headline_may_be_its_masdar():
    # «قطع طريق بيروت»: the crowd of the place blocked the road, though no crowd is named
    (blocked,) = [e for e in coded("قطع طريق بيروت - الجنوب وفي إقليم الخروب بدأت التجمعات في بلدة كترمايا.",
                                   "2005-03-14") if e[0].startswith("14")]
    assert blocked[1][0] == "Lebanese protesters"


def test_a_side_after_a_definite_noun_of_the_time_it_happened_is_the_verbs_object_not_its_genitive():
    # France 24, 2018-05-18: Yildirim accused Israel during the rally; Israel held no rally
    found = coded('وقال أردوغان إن إسرائيل دولة إرهاب. من جهته، اتهم رئيس الوزراء التركي بن علي يلديريم خلال '
                  'التظاهرة إسرائيل بالتصرف "مثل هتلر وموسوليني".', "2018-05-18")
    assert not [e for e in found if e[0].startswith("14") and "Israel" in e[1]]
    assert [e[2] for e in found if e[0] == "112"] == [["Israel"]]


def test_two_named_sides_with_only_quotation_marks_between_are_subject_and_object():
    # BBC Arabic, 2018-05-11: Israel accuses the Quds Force; Israel and the force are no list
    doc = marsad.analyze('سوريا تتهم إسرائيل بشن غارات على مواقع عسكرية. في غضون ذلك، تتهم إسرائيل "فيلق القدس" الإيراني '
                         "بإطلاق 20 صاروخا على مواقعها العسكرية في هضبة الجولان السورية المحتلة، فجر يوم الخميس.",
                         published="2018-05-11")
    accusations = {e.trigger.start: (names(e.source), names(e.target)) for e in doc.events if e.cameo == "112"}
    assert (["Israel"], ["Quds Force", "Iran"]) in accusations.values()
    # but a quoted former name is the same body's
    found = coded('وتسيطر هيئة تحرير الشام "جبهة النصرة سابقا" على الجزء الأكبر من محافظة إدلب.', "2018-03-22")
    assert not [e for e in found if "al-Nusra Front" in e[2]]


def test_a_sea_forces_are_sent_to_is_the_deployments_target_but_no_side_struck():
    assert ("154", ["China"], ["South China Sea"]) in coded("ونشرت الصين صواريخ مضادة للسفن في بحر الصين الجنوبي.")
    # a sea where ships are struck is where, not whom
    found = coded("وقصف الحوثيون سفينة سعودية في البحر الأحمر.", "2018-07-26")
    assert not [e for e in found if "Red Sea" in e[2]]


def test_an_attack_ascribed_with_a_glued_lam_is_the_ascribed_sides():
    # France 24, 2018-04-11: «للرد على الهجمات الكيميائية المنسوبة للنظام السوري»: «لـ» glued to the side says
    # whom the attack is ascribed to, as «إلى» does; the leaders consulting on a response did not attack
    found = coded("أجرى الرئيسان الأمريكي والفرنسي ورئيسة الوزراء البريطانية مشاورات حول الطريقة الأفضل للرد على "
                  "الهجمات الكيميائية المنسوبة للنظام السوري.", "2018-04-11")
    attacks = [e for e in found if e[0].startswith(("18", "19", "20"))]
    assert attacks and all(e[1] == ["Syria"] for e in attacks)


def test_a_meeting_after_a_quote_and_wa_dhalika_khilal_is_the_speakers():
    # Asharq al-Awsat, 2015-07-25: «وقال كارتر: «… (العراقيون) …»، وذلك خلال لقاء مع جنود أميركيين»: the meeting
    # the words were said during is Carter's, not the Iraqis' his quote names
    found = coded("وقال كارتر: «نحن مستعدون للقيام بالمزيد إذا ما طور (العراقيون) قوات قادرة على استعادة الأرض»، "
                  "وذلك خلال لقاء مع جنود أميركيين موجودين في العراق.", "2015-07-25")
    meetings = [e for e in found if e[0].startswith("04")]
    assert meetings and all(e[1][:1] != ["Iraq"] for e in meetings)
    assert any(e[1][:1] in (["Ashton Carter"], ["Carter"]) for e in meetings), meetings


def test_a_joined_verb_with_its_complement_after_the_side_after_it_has_that_side_as_subject():
    # BBC, 2018-04-14: «… بينهم 7 إيرانيون ورفضت الحكومة الإسرائيلية التعليق على الهجوم»: Israel declined to
    # comment; Syria, the subject of the clause before, did not decline Israel anything
    found = coded("واتهمت سوريا وروسيا القوات الإسرائيلية بشن الهجوم الأخير الذي أسفر عن مقتل 14 شخصا بينهم 7 "
                  "إيرانيون ورفضت الحكومة الإسرائيلية التعليق على الهجوم.", "2018-04-14")
    assert [e[1:] for e in found if e[0] == "011"] == [(["Israel"], [])]


def test_the_body_a_speech_is_given_before_is_its_audience_not_its_target():
    # BBC, 2018-04-26: «انتقد ماكرون القومية والانعزالية، وذلك في كلمة له أمام مجلسي الكونغرس الأمريكي»: Congress
    # heard the criticism; it was not criticised
    found = coded("وفيما بدا أنه هجوم مقنع على ترامب، انتقد ماكرون القومية والانعزالية، وذلك في كلمة له أمام مجلسي "
                  "الكونغرس الأمريكي الأربعاء.", "2018-04-26")
    assert not [e for e in found if "United States Congress" in e[2]]
    # a council one accuses «before» is where she accused; the side after it is the accused
    found = coded("اتهمت بريطانيا أمام مجلس الأمن روسيا بتسميم الجاسوس.", "2018-03-15")
    assert [e[1:] for e in found if e[0].startswith("11")] == [(["United Kingdom"], ["Russia"])]


def test_two_sides_joined_right_after_a_name_set_off_by_commas_are_its_objects():
    # BBC, 2018-09-24: «وتوعد نائب رئيس الحرس الثوري الإيراني، حسين سلامي، الولايات المتحدة وإسرائيل»: the two
    # joined by «و» after the name's closing comma are threatened, not threatening with him
    found = coded("وتوعد نائب رئيس الحرس الثوري الإيراني، حسين سلامي، الولايات المتحدة وإسرائيل بما سماه ردا "
                  "إيرانيا مدمرا.", "2018-09-24")
    (threat,) = [e for e in found if e[0].startswith("13")]
    assert "Hossein Salami" in threat[1] and "United States" not in threat[1]
    assert threat[2] == ["United States", "Israel"]
    found = coded("وحذر وزير الخارجية الإيراني، محمد جواد ظريف، الولايات المتحدة وإسرائيل من أي هجوم.", "2018-09-24")
    assert [e[1:] for e in found if e[0].startswith("13")] == [(["Mohammad Javad Zarif", "Iran"],
                                                                ["United States", "Israel"])]


def test_sanctions_told_in_the_passive_are_the_agents_after_min_qibal():
    # BBC, 2018-07-17: «ألكسندر تورشين الذي فرضت عليه عقوبات من قبل وزارة الخزانة الأمريكية»: the Treasury
    # sanctioned Torshin; he sanctioned no one
    found = coded("أصبحت مساعداً للمصرفي الروسي ألكسندر تورشين الذي فرضت عليه عقوبات من قبل وزارة الخزانة "
                  "الأمريكية في أبريل.", "2018-07-17")
    sanctions = [e for e in found if e[0].startswith("16")]
    assert sanctions and all(e[1][:1] == ["United States Department of the Treasury"]
                             and "Alexander Torshin" in e[2] for e in sanctions)


def test_a_rebuke_is_criticism_and_a_joined_verb_goes_on_past_a_genitive_behind_a_preposition():
    # BBC, 2018-08-07: «ووبخ روحاني قرار ترامب بإعادة فرض العقوبات»
    found = coded("ووبخ روحاني قرار ترامب بإعادة فرض العقوبات، قائلا إن الحكومة الأمريكية أدارت ظهرها للدبلوماسية.",
                  "2018-08-07")
    assert ("111", ["Hassan Rouhani", "Iran"], ["Donald Trump", "United States"]) in found
    # France 24, 2018-05-27: «وروسيا من أبرز حلفاء النظام السوري وتقدم له دعما»: Syria is the genitive behind
    # «من أبرز حلفاء»; Russia gives the support
    found = coded("وروسيا من أبرز حلفاء النظام السوري وتقدم دعما عسكريا لقوات النظام السوري.", "2018-05-27")
    assert [e[1:] for e in found if e[0].startswith("07")] == [(["Russia"], ["Syria"])]


def test_the_body_whose_arm_the_subject_is_is_no_other_side():
    # France 24, 2018-07-27: «يزور وفد من مجلس سوريا الديمقراطية الواجهة السياسية لقوات سوريا الديمقراطية التي
    # تدعمها واشنطن، دمشق»: the council is the forces' political front, and the delegation visits Damascus
    found = coded("يزور وفد من مجلس سوريا الديمقراطية الواجهة السياسية لقوات سوريا الديمقراطية التي تدعمها "
                  "واشنطن، دمشق لبحث مستقبل المنطقة.", "2018-07-27")
    assert [e[2] for e in found if e[0] == "042"] == [["Damascus", "Syria"]]
    # an arm named right after the subject with no other side after it is the object
    found = coded("وقصفت إسرائيل الجناح العسكري لحركة حماس في غزة.", "2018-07-27")
    assert [e[2][0] for e in found if e[0].startswith("19")] == ["Hamas"]


def test_a_relative_clause_right_after_the_subject_holds_no_other_side():
    # France 24, 2018-07-27: «وتسيطر قوات سوريا الديمقراطية والتي تشكل الوحدات الكردية عمودها الفقري …، على»: the
    # Kurdish units are the forces' backbone, not what they control
    found = coded("وتسيطر قوات سوريا الديمقراطية والتي تشكل الوحدات الكردية عمودها الفقري، على ربع مساحة البلاد.",
                  "2018-07-27")
    assert not [e for e in found if "People's Protection Units" in e[2]]
    # a new clause after the comma is not the verb's complement: Russia is not what Damascus rejected
    found = coded("وبعد رفض دمشق التي اعتبرت أن الطلب مستحيل، عاد الاقتراح الروسي إلى الطاولة.", "2015-08-01")
    assert not [e for e in found if "Russia" in e[2]]


def test_a_second_title_after_an_unnamed_subject_names_the_object():
    # France 24, 2018-03-13: «كما التقى مستشار الأمن القومي الأمريكي الأمين العام للأمم المتحدة أنطونيو غوتيريس،
    # منوها …»: the Secretary-General is whom the adviser met, not the adviser by name
    found = coded("كما التقى مستشار الأمن القومي الأمريكي الأمين العام للأمم المتحدة أنطونيو غوتيريس، منوها بما "
                  "أظهره مجلس الأمن من وحدة.", "2018-03-12")
    (meeting,) = [e for e in found if e[0] == "040"]
    assert meeting[1] == ["United States"] and meeting[2][0] == "António Guterres"
    # the head of a body named after his title is still its subject by name
    found = coded("وزار رئيس الوكالة الدولية للطاقة الذرية يوكيا أمانو طهران.", "2018-03-12")
    assert [e[1] for e in found if e[0] == "042"] == [["International Atomic Energy Agency", "Yukiya Amano"]]


def test_an_attack_remembered_is_not_done_by_those_who_remember_it():
    # France 24, 2018-03-17: «شارك آلاف الأكراد في إحياء الذكرى الثلاثين للهجوم الكيميائي على مدينة حلبجة»: the
    # Kurds mark the anniversary; the Iraqi forces the relative clause names carried the attack out
    found = coded("شارك آلاف الأكراد في إحياء الذكرى الثلاثين للهجوم الكيميائي على مدينة حلبجة، الذي شنته القوات "
                  "العراقية عام 1988.", "2018-03-16")
    attacks = [e for e in found if e[0].startswith(("19", "20"))]
    assert attacks and all(e[1][0] == "Iraqi forces" for e in attacks)
    # taking part in the attack itself is still doing it
    found = coded("وشارك الجيش الأمريكي في الهجوم على مدينة الموصل.", "2018-03-16")
    assert [e[1][0] for e in found if e[0].startswith("19")] == ["United States Armed Forces"]


def test_where_an_envoy_is_posted_with_a_glued_lam_is_no_side():
    # France 24, 2018-06-16: «وصل مبعوث الأمم المتحدة لليمن مارتن غريفيث إلى صنعاء»: «لليمن» is his post, as
    # «إلى اليمن» would be; the envoy is named, and Sanaa is where he went
    found = coded("زار مبعوث الأمم المتحدة لليمن مارتن غريفيث صنعاء.", "2018-06-16")
    assert [(e[1], e[2]) for e in found if e[0] == "042"] == [(["United Nations", "Martin Griffiths"],
                                                               ["Sanaa", "Yemen"])]
    # and so is his post set off by commas before his name
    found = coded("دعا مبعوث الأمم المتحدة لليمن، مارتن غريفيث، الأطراف المتحاربة إلى الاجتماع في جنيف.", "2018-08-02")
    assert [e[1] for e in found if e[0] == "020"] == [["United Nations", "Martin Griffiths"]]
