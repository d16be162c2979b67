"""Whose side a bare or qualified body is, and what is no side or date at all: an army keeps its nisba past
«الحكومي»; a government a country's opposition criticises is its own; the paper an interview was given to is the
channel, not the side criticised; an attack ascribed to a side is condemned as that side's; and a border named by
its day («حدود 1967») dates nothing; a woman's title right after a masculine verb is its object; and a masdar's
genitive with the masdar's object after it («إرسال فرنسا جنودا») does the act, as does the side pushed to it
(«دفع الولايات المتحدة إلى تهديد إيران»); and «معارضة» describing a group («لفصائل معارضة») is no act."""
from __future__ import annotations

from test_events_extract import names, unfiltered

import marsad


def test_an_army_keeps_its_nisba_past_hukumi_or_nizami():
    # BBC, 2018-09-07: the Syrian army massed its forces, in a story that named the US defence secretary
    doc = unfiltered("وزير الدفاع الأمريكي: لا دليل على أن المعارضة السورية ستستخدم أسلحة كيماوية في إدلب. وحشد الجيش "
                     "الحكومي السوري قواته للهجوم على إدلب بدعم من روسيا.", "2018-09-07")
    (massing,) = [e for e in doc.events if e.trigger.text == "حشد"]
    assert names(massing.source)[0] == "Syrian army"
    doc = unfiltered("وقصف الجيش النظامي السوري مواقع المعارضة في إدلب.", "2018-09-07")
    assert [names(e.source)[0] for e in doc.events if e.cameo_root == "19"] == ["Syrian army"]


def test_the_government_a_countrys_opposition_criticises_is_its_own():
    # BBC, 2018-04-15: in a story on the strikes in Syria, the British opposition criticised the British government
    doc = unfiltered("وأضاف جونسون أن الضربات الجوية على سوريا لن تغير كفة الصراع في سوريا. وانتقدت أحزاب المعارضة "
                     "البريطانية عدم لجوء الحكومة إلى البرلمان للتصويت على الضربات الجوية في سوريا.", "2018-04-15")
    (criticism,) = [e for e in doc.events if e.cameo_root == "11"]
    assert names(criticism.target)[0] == "British government"


def test_the_paper_an_interview_was_given_to_is_no_side():
    # France 24, 2018-05-11: Le Drian denounced the US sanctions in an interview with Le Parisien
    doc = unfiltered('استنكر وزير الخارجية الفرنسي جان إيف لودريان في مقابلة نشرها الموقع الإلكتروني لصحيفة "لوباريزيان" '
                     'الخميس، العقوبات التي أعاد الرئيس الأمريكي دونالد ترامب فرضها على الشركات الأجنبية.', "2018-05-11")
    assert not [e for e in doc.events if "Le Parisien" in names(e.target)]


def test_a_border_named_by_its_day_dates_no_later_act():
    # France 24, 2018-06-27: Abbas spoke of the 1967 borders; Britain's support to UNRWA came lately, not in 1967
    doc = unfiltered('وقال عباس "نريد دولة على حدود الرابع من حزيران/يونيو 1967". وقال عباس أيضا إن "الحكومة البريطانية '
                     'قامت مؤخرا بتقديم دعم لوكالة غوث وتشغيل اللاجئين".', "2018-06-27")
    (support,) = [e for e in doc.events if e.trigger.text == "بتقديم"]
    assert support.date == "2018-06-27"


def test_an_attack_ascribed_to_a_side_is_condemned_as_its():
    # France 24, 2018-07-02: Niger's president condemned an attack ascribed to Boko Haram, not Mali
    doc = unfiltered('ودان رئيس النيجر محمدو يوسفو هجوما نسب إلى جماعة "بوكو حرام" وأدى إلى مقتل عشرة جنود نيجريين.',
                     "2018-07-02")
    (condemnation,) = [e for e in doc.events if e.cameo_root == "11"]
    assert names(condemnation.target)[0] == "Boko Haram"


def test_a_womans_title_right_after_a_masculine_verb_is_its_object():
    # France 24, 2018-06-05: Netanyahu warned Chancellor Merkel; she warned no one
    doc = unfiltered("وحدد نتانياهو هدفه منذ اليوم الأول من جولته الاثنين في برلين إذ حذر المستشارة أنغيلا ميركل بأن "
                     "بلادها ستشهد موجة جديدة من اللاجئين السوريين.", "2018-06-05")
    assert not [e for e in doc.events if "Angela Merkel" in names(e.source)]
    # a feminine verb still has her for subject
    doc = unfiltered("وحذرت المستشارة الألمانية أنغيلا ميركل روسيا من عواقب الهجوم.", "2018-06-05")
    assert [names(e.source)[0] for e in doc.events if e.cameo_root == "13"] == ["Angela Merkel"]


def test_a_masdars_genitive_with_its_object_after_it_does_the_act():
    # France 24, 2018-04-27: France sent soldiers; the US defence secretary only confirmed it
    doc = unfiltered("وزير الدفاع الأمريكي يؤكد إرسال فرنسا جنودا لتعزيز القوات الأمريكية في سوريا.", "2018-04-27")
    (sending,) = [e for e in doc.events if e.trigger.text == "إرسال"]
    assert names(sending.source)[0] == "France" and "France" not in names(sending.target)
    # an adverb after the genitive is no object: the man is the one sent
    doc = unfiltered("ويتردد أن ترامب فكر في إرسال ماكماستر فعلا لقيادة القوات الأمريكية في أفغانستان.", "2018-03-23")
    assert not [e for e in doc.events if e.trigger.text == "إرسال" and "H. R. McMaster" in names(e.source)]


def test_the_side_pushed_to_a_masdar_does_it():
    # «دفع X إلى تحذير طهران»: X warned Tehran; Tehran warned no one
    doc = unfiltered("وهو ما دفع الولايات المتحدة إلى تهديد إيران بعقوبات جديدة.", "2018-06-07")
    (threat,) = [e for e in doc.events if e.cameo_root == "13"]
    assert names(threat.source)[0] == "United States" and names(threat.target)[0] == "Iran"


def test_muarada_describing_a_group_is_no_act_of_opposing():
    from marsad.events.extract import _other_sense

    # France 24, 2018-04-28: Turkey backs opposition factions; nobody rejected anything
    doc = marsad.analyze("وترعى روسيا وإيران الداعمتان للنظام السوري، وتركيا الداعمة لفصائل معارضة سورية، محادثات "
                         "أستانا التي أتاحت إقامة أربع مناطق لخفض التوتر.", published="2018-04-28")
    assert not [e for e in doc.events if e.trigger.text == "معارضة"]
    at = {t.text: i for i, t in enumerate(doc.tokens)}
    assert _other_sense(doc, at["معارضة"], len(doc.tokens))
    # but the masdar after «رغم» is the opposing itself
    doc = marsad.analyze("ورغم معارضة بريطانيا وفرنسا والصين للقرار، تبنته الجمعية العامة.", published="2018-04-28")
    at = {t.text: i for i, t in enumerate(doc.tokens)}
    assert not _other_sense(doc, at["معارضة"], len(doc.tokens))
