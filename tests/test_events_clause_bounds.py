"""Where a clause ends: an act told in quotation marks or a relative clause is not the main clause a participle
after it continues; a relative clause's object ends at its comma, while its subject after the verb takes the sides
joined to it; an antecedent may stand in quotation marks; a side after a comma with a verb of its own opens the next
clause; a verb that agrees with the relative pronoun before it has the antecedent for subject, unless a pronoun
further on takes the antecedent up; an intervention is its genitive's act; and an attack after «لأي» is one that may
come, not one that came."""
from __future__ import annotations

from test_events_extract import names, unfiltered


def test_a_participle_continues_the_main_clause_not_an_act_quoted_or_told_in_a_relative_clause():
    # BBC, 2018-09-28: the United States closed its consulate and warned; Iran backs the forces in the quotation
    doc = unfiltered("واشنطن تغلق قنصليتها بالبصرة وتحمل طهران مسؤولية سلامة رعاياها. أغلقت الولايات المتحدة، الجمعة، قنصليتها في مدينة البصرة العراقية التي تشهد احتجاجات واسعة بعد "
                     '"حوادث إطلاق نار غير مباشر من قبل قوات تدعمها إيران"، محذرة من أنها سترد على أي هجوم تتعرض له '
                     "منشآتها.", "2018-09-28")
    warnings = [e for e in doc.events if e.trigger.text == "محذرة"]
    assert [names(e.source) for e in warnings] == [["United States"]]


def test_an_attack_after_lam_ayy_is_one_that_may_come():
    # France 24, 2018-02-20: forces will enter Afrin to meet any attack Turkey may launch; none was told
    doc = unfiltered('وذكر الإعلام الرسمي السوري الاثنين أن قوات شعبية موالية ستدخل مدينة عفرين "خلال ساعات" للتصدي '
                     "لأي هجوم تشنه تركيا على المدينة.", "2018-02-20")
    assert not [e for e in doc.events if e.cameo_root in ("18", "19")]
    # under a negator it is none at all, and still told as such
    doc = unfiltered("ولم تشن تركيا أي هجوم على المدينة.", "2018-02-20")
    assert [e.negated for e in doc.events if e.cameo_root == "19"] == [True]


def test_the_object_of_a_relative_clause_ends_at_its_comma():
    # France 24, 2018-02-20: Turkey backs the rebels; Iran and Russia are joined to Turkey, not to the rebels
    doc = unfiltered("وتوصلت تركيا التي تدعم الفصائل المعارضة، وإيران وروسيا حليفتا النظام، خلال محادثات أستانة العام "
                     "الماضي، إلى اتفاق على مناطق خفض التوتر.", "2018-02-20")
    (support,) = [e for e in doc.events if e.trigger.text == "تدعم"]
    assert names(support.source)[0] == "Turkey" and not {"Iran", "Russia"} & set(names(support.target))


def test_an_antecedent_in_quotation_marks_is_what_the_relative_pronoun_takes_up():
    # France 24, 2018-06-08: Ankara, Washington and the EU call the PKK terrorist
    doc = unfiltered('ومنذ 1984 يخوض "حزب العمال الكردستاني"، الذي تعتبره أنقرة وواشنطن والاتحاد الأوروبي تنظيما '
                     '"إرهابيا"، تمردا داميا على الأراضي التركية.', "2018-06-08")
    (labelling,) = [e for e in doc.events if e.trigger.text == "تعتبره"]
    assert names(labelling.target)[0] == "Kurdistan Workers' Party"
    assert {"Ankara", "Washington", "European Union"} <= set(names(labelling.source))
    doc = unfiltered('ويميز المقاتلون السوريون بين جبهة النصرة، وتنظيم "داعش" الذي يتهمونه بممارسة ارتكابات مسيئة.',
                     "2015-07-08")
    (charge,) = [e for e in doc.events if e.cameo == "112"]
    assert names(charge.target) == ["Islamic State"]


def test_the_subject_after_a_relative_verb_with_an_object_pronoun_ends_at_a_comma():
    doc = unfiltered("القوى المسيطرة: الثوار الذين تدعمهم تركيا، والسوريين الأكراد بدعم أمريكي.", "2018-04-03")
    (support,) = [e for e in doc.events if e.trigger.text == "تدعمهم"]
    assert names(support.source) == ["Turkey"]


def test_a_side_after_a_comma_with_a_present_verb_of_its_own_opens_the_next_clause():
    # Asharq al-Awsat, 2015-08-09: Bahah came to Aden; the Popular Resistance was not where he came
    doc = unfiltered("ووصل خالد بحاح إلى عدن، والمقاومة الشعبية اليمنية تواصل زحفها إلى باقي المدن.", "2015-08-09")
    (arrival,) = [e for e in doc.events if e.trigger.text == "وصل"]
    assert "Popular Resistance" not in names(arrival.target) and "Aden" in names(arrival.target)


def test_a_verb_agreeing_with_the_relative_pronoun_has_the_antecedent_for_subject():
    # Asharq al-Awsat, 2015-08-05: the Syrian Kurds fight IS; the PKK fights the Turkish forces
    doc = unfiltered("وأضاف أن الأكراد السوريين، الذين يقاتلون داعش فعلا، يتطلعون إلى طرد داعش.", "2015-08-05")
    (fighting,) = [e for e in doc.events if e.trigger.text == "يقاتلون"]
    assert names(fighting.source)[0] == "Syrian Kurds" and names(fighting.target) == ["Islamic State"]
    doc = unfiltered("وتتهم تركيا حزب العمال الكردستاني، الذي يقاتل القوات التركية منذ عقود.", "2018-03-11")
    (fighting,) = [e for e in doc.events if e.trigger.text == "يقاتل"]
    assert names(fighting.source)[0] == "Kurdistan Workers' Party" and names(fighting.target)[0] == "Turkish forces"
    # but a pronoun further on takes the antecedent up, and the side after the verb is its subject
    doc = unfiltered("وشكك لافروف في الانتهاكات التي تتهم المعارضة السورية نظام الرئيس بشار الأسد وروسيا بارتكابها "
                     "في الغوطة.", "2018-02-23")
    (charge,) = [e for e in doc.events if e.cameo == "112"]
    assert names(charge.source)[0] == "Syrian opposition" and "Bashar al-Assad" in names(charge.target)


def test_an_intervention_is_done_by_its_genitive_but_the_verb_tadkhul_enters():
    # BBC, 2018-04-14: Macron confirmed the French army's part in the strike on Syria
    doc = unfiltered("وأكد ماكرون تدخل الجيش الفرنسي في الضربة العسكرية على سوريا.", "2018-04-14")
    (intervention,) = [e for e in doc.events if e.trigger.text == "تدخل"]
    assert names(intervention.source)[0] == "French Army" and "Emmanuel Macron" not in names(intervention.source)
    # «على أن تدخل الشرطة العسكرية الروسية إلى المدينة»: the police is to enter the town, no act of force
    doc = unfiltered("ويقول المرصد إنه سيجري تنفيذ الاتفاق على أن تدخل الشرطة العسكرية الروسية إلى المدينة.",
                     "2018-04-02")
    assert not [e for e in doc.events if e.cameo_root == "19"]


def test_events_a_verb_joined_to_a_relative_clause_acts_on_its_antecedent():
    # «وتدعمه»: the «ـه» of a verb joined to «الذي تقوده السعودية» takes up the coalition, not the side after it
    doc = unfiltered("ويقاتل التحالف الذي تقوده السعودية وتدعمه الولايات المتحدة الحوثيين.", "2018-03-07")
    (backing,) = [e for e in doc.events if e.trigger.text == "تدعمه"]
    assert names(backing.source)[0] == "United States" and names(backing.target)[0] == "Arab coalition"
    doc = unfiltered("وتعتبر تركيا تلك الوحدات فرعا لحزب العمال الكردستاني الذي تحظره تركيا لشنه قتالا داخل أراضيها "
                     "وتصنفه واشنطن وأنقرة على أنه تنظيم إرهابي.", "2018-03-28")
    (label,) = [e for e in doc.events if e.trigger.text == "تصنفه"]
    assert names(label.target)[0] == "Kurdistan Workers' Party"
    # but «ـها» after «الذي» takes up no antecedent of it
    doc = unfiltered("وتعد إيران الداعم الرئيسي لنظام الأسد الذي تحاربه المعارضة وتدعمها تركيا.", "2018-03-07")
    assert not [e for e in doc.events if e.trigger.text == "تدعمها" and "Bashar al-Assad" in names(e.target)]


def test_events_a_singular_relative_after_a_comma_describes_one_side():
    # AFP, 2018-04-04: Moscow and Tehran back Damascus; Ankara, «التي تدعم», alone backs the rebels
    doc = unfiltered("ورعت موسكو وطهران وهما الدولتان اللتان تساندان دمشق، وأنقرة التي تدعم مقاتلي المعارضة السورية، "
                     "عملية أستانة.", "2018-04-04")
    (backing,) = [e for e in doc.events if e.trigger.text == "تدعم"]
    assert names(backing.source) == ["Ankara", "Turkey"]


def test_events_a_year_told_after_a_participle_and_anna_is_not_the_acts_date():
    # «، مؤكدة أنها دمرت ترسانتها … في العام 2013»: the year of what the denier says she did, not of the denial
    doc = unfiltered("ونفت دمشق اتهامات واشنطن، مؤكدة أنها دمرت ترسانتها الكيميائية في العام 2013.", "2018-04-09")
    (denial,) = [e for e in doc.events if e.trigger.text == "نفت"]
    assert denial.date == "2018-04-09"
