"""The extractor scored against gold annotations with the shared scorer.

The dev gold in ../shared is read only where it exists (CI and developers have it; a fresh
clone of the repository does not). The development sets in tests/data are ours and
always run; their floors guard against regressions, not against the target figures.
"""
from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

import pytest

from saylau.extract import extract_events
from saylau.ingest import read_path
from saylau.goldsets import gold_sets, sequence_sets
from saylau.model import Document

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "tests" / "data"


def _scorer():
    path = SHARED / "tools" / "score_events.py"
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared folder is only beside CI and developer checkouts)")
    spec = importlib.util.spec_from_file_location("score_events", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(gold_path: Path, text_path: Path) -> dict:
    scorer = _scorer()
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    [doc] = list(read_path(text_path))
    assert isinstance(doc, Document), doc
    _, summary = scorer.score(gold, [e.to_dict() for e in extract_events(doc)])
    return summary


def test_shared_dev_gold_scores_core_f1_one():
    text = SHARED / "corpus" / "campaign_digest_2023_en.txt"
    gold = SHARED / "gold" / "campaign_digest_2023_en.gold.jsonl"
    if not text.exists():
        pytest.skip(f"{text} is absent (the shared folder is only beside CI and developer checkouts)")
    summary = _score(gold, text)
    assert summary["core_f1"] == 1.0, summary
    assert summary["event_count_abs_error"] == 0, summary


# Floors for our own gold sets. They guard against regressions at about the measured figures
# (bench/extract_quality.py prints them), not at the targets of issue 9, which the
# news-shaped and blind sets do not reach yet. holdout_* and blind/* are written by other
# authors and never used for tuning.
OLD_EN = {"parties_f1": 0.95, "regions_f1": 0.90, "event_type_f1": 0.80, "topics_f1": 0.60}
OLD_RU_KK = {"parties_f1": 0.95, "regions_f1": 0.90, "event_type_f1": 0.75, "topics_f1": 0.55}
NEWS = {"events_f1": 0.75, "core_f1": 0.50}
BLIND = {"events_f1": 0.58, "core_f1": 0.48}
FLOORS = {
    "dev_en": OLD_EN,
    "holdout_en": OLD_EN,
    "dev_ru": OLD_RU_KK,
    "holdout_ru": OLD_RU_KK,
    "dev_kk": OLD_RU_KK,
    "holdout_kk": OLD_RU_KK,
    "digest_ru": {"core_f1": 1.0},
    # a third English blind set, heavy in congresses and meetings with observers (`other`),
    # measured at core .46 and events .65 when it came in
    "blind_en_c": {"events_f1": 0.60, "core_f1": 0.42},
    # the fourth development sets, written when free pages with events had run out (most of their
    # paragraphs report none), measured on arrival at events .63/.68/.67 and core .48/.52/.57
    "dev_en_d": {"events_f1": 0.58, "core_f1": 0.43},
    "dev_ru_d": {"events_f1": 0.63, "core_f1": 0.47},
    "dev_kk_d": {"events_f1": 0.62, "core_f1": 0.52},
    # Russian events are the rules' alone since the gate judges only the languages where it
    # travels to an unseen author (saylau train); the rules give this set events .72, core .60
    "dev_ru_a": {"events_f1": 0.68, "core_f1": 0.55},
    # the fourth blind sets (17th stop), written when the stored pages with campaign events were
    # nearly used up: two thirds of their paragraphs report none, the English one leans on
    # congresses; measured on arrival (1484dbb) at events .57/.53/.72 and core .40/.45/.56
    # the fifth and sixth development sets (18th stop): street protests, congress follow-ups and the
    # last free campaign pages; small (23-36 paragraphs), so one paragraph moves them by .03-.05.
    # The Kazakh protest set codes no region for a branch named after its region inside a person's
    # role, where the rules give it (core .39); the Russian one has few events (events .75)
    "dev_kk_e": {"events_f1": 0.80, "core_f1": 0.35},
    # (the gate refitted in the 23rd stop judges English only: on Russian and Kazakh authors left
    # out it did no better than the rules, so dev_ru_e now gets the rules' core .63, not the .80 the
    # earlier gate gave it by dropping a false event; dev_en_f's events .74 are the new gate's)
    "dev_ru_e": {"events_f1": 0.66, "core_f1": 0.58},
    "dev_en_f": {"events_f1": 0.68, "core_f1": 0.62},
    "blind_en_d": {"events_f1": 0.52, "core_f1": 0.36},
    "blind_ru_c": {"events_f1": 0.48, "core_f1": 0.40},
    "blind_kk_c": {"events_f1": 0.67, "core_f1": 0.50},
    # the seventh development sets (23rd stop), by three authors who read only the codebook, the
    # schema and real pages; scored on arrival (9958f42, rules) at events .75/.81/.78 and core
    # .65/.64/.63, like the blind sets; few free pages were left, so 5 of the 12 English pages
    # had been retold before by dev_en_a
    "dev_en_g": {"events_f1": 0.68, "core_f1": 0.58},
    "dev_ru_g": {"events_f1": 0.72, "core_f1": 0.57},
    "dev_kk_g": {"events_f1": 0.70, "core_f1": 0.56},
    # the eighth development sets (same stop, same kind of authors): the last free pages, most of
    # their paragraphs report no event; on arrival (9958f42, rules) events .78/.74/.78, core .61/.59/.58
    "dev_en_h": {"events_f1": 0.70, "core_f1": 0.54},
    "dev_ru_h": {"events_f1": 0.66, "core_f1": 0.52},
    "dev_kk_h": {"events_f1": 0.70, "core_f1": 0.51},
    # English sets retold by fresh authors from Russian (i) and Kazakh (j) pages that Russian and
    # Kazakh development sets had used (no free English pages were left); on arrival (9958f42,
    # rules) events .67/.79, core .59/.56: the English the blind sets score lowest on
    "dev_en_i": {"events_f1": 0.60, "core_f1": 0.52},
    "dev_en_j": {"events_f1": 0.72, "core_f1": 0.49},
    # the last fresh-author sets, retold across languages and written after this stop's rules:
    # on arrival, 9958f42 -> the rules they met: core en_k .674 -> .680, ru_i .697 -> .696,
    # kk_i .658 -> .652 (events .92/.89/.85)
    "dev_en_k": {"events_f1": 0.85, "core_f1": 0.60},
    "dev_ru_i": {"events_f1": 0.82, "core_f1": 0.62},
    "dev_kk_i": {"events_f1": 0.78, "core_f1": 0.58},
    # fresh-author sets of the 24th stop, from the last free pages (mostly the 2019 and 2022
    # presidential nominations at party congresses); scored on arrival, rules of 21a2c6e -> the
    # rules they met: core en_l .645 -> .645, ru_j .496 -> .496, kk_j .565 -> .565 (events
    # .62/.78/.71); most of the gap is nominations told without a congress, which these authors
    # code as events, and the audience and topics the rules add where the gold has none
    # (core 0.549 with the 66th stop's activity model: its author codes no audience and no
    # topic at all, and an event added with either makes that field 0; 0.539 with the 68th
    # stop's, which no longer adds the event of a quoted proposal to the party's members)
    "dev_en_l": {"events_f1": 0.58, "core_f1": 0.53},
    "dev_ru_j": {"events_f1": 0.72, "core_f1": 0.44},
    "dev_kk_j": {"events_f1": 0.66, "core_f1": 0.52},
    # fresh-author sets of the 26th stop, retelling pages that another language's development set
    # had used (the stored pages are used up); scored on arrival, rules of 6f50454 -> the rules
    # they met: core en_m .777 -> .777, ru_k .755 -> .763, kk_k .742 -> .755 (events .88/.88/.83).
    # Higher than the blind sets: the reports are ones the rules were written from, told anew
    "dev_en_m": {"events_f1": 0.80, "core_f1": 0.70},
    "dev_ru_k": {"events_f1": 0.80, "core_f1": 0.70},
    "dev_kk_k": {"events_f1": 0.76, "core_f1": 0.68},
    # the second round of the 26th stop, same brief, told to spread over event types and to avoid
    # nominations; on arrival, 6f50454 -> the rules they met: core en_n .531 -> .535, ru_l .654 ->
    # .654, kk_l .680 -> .680 (events .70/.79/.83): as hard for the rules as the blind sets
    "dev_en_n": {"events_f1": 0.64, "core_f1": 0.48},
    "dev_ru_l": {"events_f1": 0.73, "core_f1": 0.59},
    "dev_kk_l": {"events_f1": 0.77, "core_f1": 0.62},
    # the third round of the 26th stop, written after this stop's rules were in: on arrival,
    # 6f50454 -> the rules they met: core en_o .702 -> .702, ru_m .631 -> .631, kk_m .588 -> .613
    # (events .77/.74/.84)
    "dev_en_o": {"events_f1": 0.70, "core_f1": 0.64},
    "dev_ru_m": {"events_f1": 0.68, "core_f1": 0.57},
    "dev_kk_m": {"events_f1": 0.78, "core_f1": 0.55},
    # the 27th stop's round, same brief, written while that stop's first rules went in; on
    # arrival, 0e0900e -> the rules they met: core en_p .728 -> .728, ru_n .669 -> .695, kk_n
    # .646 -> .655 (events .68/.78/.82)
    "dev_en_p": {"events_f1": 0.62, "core_f1": 0.67},
    "dev_kk_n": {"events_f1": 0.77, "core_f1": 0.60},
    "dev_ru_n": {"events_f1": 0.73, "core_f1": 0.64},
    # the 27th stop's second round, written while its later rules went in (about one listed page
    # in six still found, so two thirds of the paragraphs hold no event); on arrival, 0e0900e ->
    # the rules they met: core en_q .706 -> .706, ru_o .642 -> .642, kk_o .638 -> .659 (events
    # .80/.79/.77)
    "dev_en_q": {"events_f1": 0.75, "core_f1": 0.65},
    "dev_ru_o": {"events_f1": 0.74, "core_f1": 0.59},
    "dev_kk_o": {"events_f1": 0.72, "core_f1": 0.60},
    # the 31st stop's round, same brief (the stored pages used up: 9-12 free pages a set, the
    # rest retold from pages another development set had used, never a blind set's; over half the
    # paragraphs without an event); on arrival, 1c0e3cb -> the rules they met: core en_r .667 ->
    # .675, en_s .637 -> .637, ru_p .659 -> .662, kk_p .671 -> .671 (events .78/.76/.73/.79)
    "dev_en_r": {"events_f1": 0.74, "core_f1": 0.62},
    "dev_en_s": {"events_f1": 0.70, "core_f1": 0.58},
    "dev_ru_p": {"events_f1": 0.67, "core_f1": 0.60},
    "dev_kk_p": {"events_f1": 0.73, "core_f1": 0.61},
    # the 33rd stop's round, delivered after that stop ended and scored on arrival in the 34th
    # with the rules of 733809d, before being read: core ru_q .656, kk_q .736 (events .71/.79);
    # a third of ru_q's documents and most of kk_q's retell pages other sets had used
    "dev_ru_q": {"events_f1": 0.66, "core_f1": 0.61},
    "dev_kk_q": {"events_f1": 0.74, "core_f1": 0.69},
    # its English companion, written in the 34th stop (20 free or retold pages; no debate or
    # rally was found on a free page): on arrival, 733809d -> the stop's rules so far: core .690
    # -> .690 (events .75)
    "dev_en_t": {"events_f1": 0.70, "core_f1": 0.64},
    # the 34th stop's second round (a Russian author found mostly procedure and congresses left:
    # 21 events in 92 paragraphs): on arrival, 733809d -> 572401c: core .746 -> .746 (events .71)
    "dev_ru_r": {"events_f1": 0.66, "core_f1": 0.69},
    # and its English companion (9 free pages, 10 retold; 47 of 73 paragraphs without an event):
    # on arrival, 733809d -> 14b22ad: core .629 -> .629 (events .82)
    "dev_en_u": {"events_f1": 0.76, "core_f1": 0.58},
    # and its Kazakh companion (8 free pages, 14 retold; no rally or online event found free):
    # on arrival, 733809d -> b5f8fe1: core .711 -> .711 (events .82)
    "dev_kk_r": {"events_f1": 0.77, "core_f1": 0.66},
    # the 34th stop's third round (an English author: 15 free pages, 6 retold, and party work
    # outside campaigns coded as events): on arrival, 733809d -> aa3a1e2: core .498 -> .498
    # (events .75)
    "dev_en_v": {"events_f1": 0.70, "core_f1": 0.45},
    # its Russian companion (16 free pages from outlets far and wide, 5 retold; congresses,
    # debates and rallies more than meetings): on arrival, 733809d -> 73f9a95: core .483 -> .483
    # (events .72)
    "dev_ru_s": {"events_f1": 0.67, "core_f1": 0.43},
    # and its Kazakh companion (15 free pages of about 190 checked, 5 retold): on arrival,
    # 733809d -> e0e2f22: core .693 -> .693 (events .81)
    "dev_kk_s": {"events_f1": 0.76, "core_f1": 0.64},
    # the 41st stop's fresh authors, scored on arrival (eaed3b5) before anyone who changes the
    # extractor read them: dev_en_w (12 documents, 3 free pages, 9 retold) core .624 (events .86),
    # dev_ru_t (14, 9 free, 5 retold) .601 (.77), dev_kk_t (11, 4 free, 7 retold) .598 (.69)
    "dev_en_w": {"events_f1": 0.80, "core_f1": 0.57},
    "dev_ru_t": {"events_f1": 0.72, "core_f1": 0.55},
    "dev_kk_t": {"events_f1": 0.63, "core_f1": 0.54},
    # the 42nd stop's fresh authors, briefed at its start and scored on arrival with 9ea0b9b and
    # with the stop's rules of that moment (identical) before anyone who changes the extractor
    # read them: dev_en_x (16 documents, 11 free pages, 5 retold) core .638 (events .76),
    # dev_ru_u (14, 6 free, 8 retold) .536 (.85), dev_kk_u (18, 13 free, 5 retold) .748 (.85)
    "dev_en_x": {"events_f1": 0.71, "core_f1": 0.58},
    "dev_ru_u": {"events_f1": 0.80, "core_f1": 0.48},
    "dev_kk_u": {"events_f1": 0.79, "core_f1": 0.69},
    # the 43rd stop's fresh authors, briefed at its start and scored on arrival before anyone who
    # changes the extractor read them: ce7546d stopped with an error on dev_kk_v (a cue inside a
    # quoted name, fixed), so all three were scored with ce7546d and that fix: dev_en_y (18
    # documents, 2 free pages, 16 retold) core .698 (events .84), dev_ru_v (19, 8 free, 11
    # retold; 52 of 72 paragraphs without an event) .589 (.70), dev_kk_v (18, 1 free, 17 retold) .706 (.89)
    "dev_en_y": {"events_f1": 0.78, "core_f1": 0.64},
    "dev_ru_v": {"events_f1": 0.64, "core_f1": 0.53},
    "dev_kk_v": {"events_f1": 0.83, "core_f1": 0.65},
    # a second round of the same stop, scored on arrival (ce7546d with that fix, and with the
    # stop's rules of the moment: identical) before being read: dev_en_z (11 documents, 7 free
    # pages; 6 events in 50 paragraphs, the rest analysis and procedure) core .205 (events .25),
    # dev_ru_w (16, 9 free) .611 (.77), dev_kk_w (15, 8 free) .610 (.75)
    "dev_en_z": {"events_f1": 0.20, "core_f1": 0.15},
    "dev_ru_w": {"events_f1": 0.72, "core_f1": 0.56},
    "dev_kk_w": {"events_f1": 0.70, "core_f1": 0.55},
    # the 44th stop's fresh authors (pages scarcer still: most retell pages only development sets
    # of other languages had used), scored on arrival with 0595e7e before being read: dev_en_aa
    # (20 documents, 2 free pages) core .580 (events .837), dev_ru_x (18, 2 free) .662 (.819),
    # dev_kk_x (21, 4 free) .742 (.825)
    "dev_en_aa": {"events_f1": 0.78, "core_f1": 0.52},
    "dev_ru_x": {"events_f1": 0.76, "core_f1": 0.60},
    "dev_kk_x": {"events_f1": 0.77, "core_f1": 0.68},
    # its second round, scored on arrival with 0595e7e: dev_en_ab (18 documents, 3 free pages)
    # core .620 (events .822), dev_ru_y (20, 5 free) .757 (.881), dev_kk_y (20, 4 free) .753 (.867)
    "dev_en_ab": {"events_f1": 0.76, "core_f1": 0.56},
    "dev_ru_y": {"events_f1": 0.82, "core_f1": 0.70},
    "dev_kk_y": {"events_f1": 0.81, "core_f1": 0.69},
    # its blind sets, scored on arrival with 0595e7e (never read): blind_en_h (27 documents, 22
    # events in 89 paragraphs) core .587 (events .703) and blind_ru_g (18, 26 in 60) .537 (.625)
    # stay above the blind floors, as do the second round's blind_en_i (17, 18 in 68) .656
    # (.778) and blind_kk_h (18, 18 in 61) .576 (.703); blind_kk_g (14, 24 in 56) .459 (.667)
    # and blind_ru_h (18, 27 in 78, nine documents of 2005) .480 (.680) need their own
    "blind_kk_g": {"events_f1": 0.61, "core_f1": 0.40},
    "blind_ru_h": {"events_f1": 0.62, "core_f1": 0.42},
    # the 45th stop's fresh authors (free pages all but gone: most retell pages only development
    # sets had used), scored on arrival with 19dbe92 before being read: dev_en_ac (18 documents,
    # 2 free pages) core .629 (events .712), dev_ru_z (21, 2 free) .748 (.861), dev_kk_z (20
    # after one document shared with a blind set was taken out; 3 free) .785 (.875); its blind
    # sets stay above the blind floors: blind_en_j (16, 15 events in 63 paragraphs) .697 (.720),
    # blind_ru_i (16, 13 in 67, foreign outlets retold) .596 (.640), blind_kk_i (16, 29 in 70) .582 (.644)
    "dev_en_ac": {"events_f1": 0.66, "core_f1": 0.57},
    "dev_ru_z": {"events_f1": 0.80, "core_f1": 0.69},
    "dev_kk_z": {"events_f1": 0.82, "core_f1": 0.72},
    # the 46th stop's fresh authors (3-5 free pages each; the rest retell pages only development
    # sets had used, mostly of their own language), scored on arrival with ddf5762 before being
    # read: dev_en_ad (21 documents, 48 events in 75 paragraphs) core .663 (events .902), dev_ru_aa
    # (18, 31 in 64) .575 (.762), dev_kk_aa (19, 42 in 77) .819 (.917); its blind sets: blind_en_k
    # (12, 15 in 44) .516 (.710) and blind_kk_j (19, 20 in 66, half of them outside a campaign)
    # .677 (.884) stay above the blind floors; blind_ru_j (20, 18 in 73, mostly congresses and
    # branch meetings) .454 (.769) needs its own
    "dev_en_ad": {"events_f1": 0.85, "core_f1": 0.60},
    "dev_ru_aa": {"events_f1": 0.71, "core_f1": 0.52},
    "dev_kk_aa": {"events_f1": 0.86, "core_f1": 0.76},
    "blind_ru_j": {"events_f1": 0.71, "core_f1": 0.40},
    # its second round, development only, asked to retell pages only other languages'
    # development sets had used (3-10 free pages each; `dev_en_ae-001` taken out, its page a copy
    # of a press release blind sets retell), scored on arrival with ddf5762: dev_en_ae (16
    # documents, 23 events in 58 paragraphs) core .550 (events .718), dev_ru_ab (16, 11 in 60)
    # .472 (.645), dev_kk_ab (12, 11 in 47) .414 (.636)
    "dev_en_ae": {"events_f1": 0.66, "core_f1": 0.49},
    "dev_ru_ab": {"events_f1": 0.58, "core_f1": 0.41},
    "dev_kk_ab": {"events_f1": 0.58, "core_f1": 0.36},
    # the 47th stop's blind sets (free pages on campaigns gone: most documents retell the 2022,
    # 2024 and 2026 referendum agitation and party work between campaigns), scored on arrival
    # with b4abdcd before being read: blind_ru_k (20 documents, 35 events in 75 paragraphs) .641
    # (.788) and blind_kk_k (20, 38 in 76) .632 (.795) stay above the blind floors; blind_en_l (25
    # after five documents whose pages English sets had used were taken out; 43 in 100) .510
    # (.600) needs its own
    "blind_en_l": {"events_f1": 0.55, "core_f1": 0.44},
    # the 48th stop's development sets (retold mostly from pages only development sets had used),
    # scored on arrival with 441467d: dev_en_af (22 documents, 44 events in 83 paragraphs) .723
    # (.837), dev_ru_ac (22, 36 in 74) .799 (.866), dev_kk_ac (22, 46 in 83) .735 (.824) stay
    # above the news-shaped floors
    # the 50th stop's development sets, on referendum agitation (2022, 2024, 2026) and the
    # parties' work between campaigns (51 of 57 pages free), scored on arrival with 2d91bb7 and
    # with the stop's rules of the moment before being read: dev_en_ag (19 documents, 25 events in
    # 69 paragraphs) core .564 -> .597 (events .691), dev_ru_ad (20, 36 in 78) .465 -> .465 (.719),
    # dev_kk_ad (18, 37 in 70) .554 -> .567 (.743)
    "dev_en_ag": {"events_f1": 0.65, "core_f1": 0.55},
    "dev_ru_ad": {"events_f1": 0.68, "core_f1": 0.43},
    "dev_kk_ad": {"events_f1": 0.70, "core_f1": 0.52},
    # the 51st stop's development sets, on the parties' work between campaigns (charity, holidays,
    # flag and clean-up actions, social centres, working trips, sessions joined by video), scored
    # on arrival with d3f41e8 before being read: dev_en_ah (18 documents, 40 events in 71
    # paragraphs) core .425 (events .735), dev_ru_ae (19, 37 in 68) .496 (.783), dev_kk_ae (20,
    # 40 in 81) .572 (.861)
    "dev_en_ah": {"events_f1": 0.68, "core_f1": 0.38},
    "dev_ru_ae": {"events_f1": 0.72, "core_f1": 0.44},
    "dev_kk_ae": {"events_f1": 0.80, "core_f1": 0.52},
    # the 51st stop's blind sets (only pages nobody had used; the free ones left lean on 2004-2012
    # and the 2026 referendum), scored on arrival with d3f41e8 before being read: blind_en_m (18
    # documents, 32 events in 74 paragraphs) .620 (events .857) and blind_kk_l (18, 30 in 62) .646
    # (.792) stay above the blind floors; blind_ru_l (18, 26 in 65) .441 (.706) needs its own
    "blind_ru_l": {"events_f1": 0.65, "core_f1": 0.40},
    # a second round of the 51st stop, on the older campaigns (2004-2019): dev_kk_af (19
    # documents, 23 events in 64 paragraphs, 13 of 19 pages used before by development sets only)
    # core .645 (events .837) on arrival with 937c236 and at d3f41e8 alike
    "dev_kk_af": {"events_f1": 0.78, "core_f1": 0.58},
    # the 52nd stop's development sets, on the older campaigns (2004-2019) in English and Russian
    # and on any campaign in Russian (free pages nearly gone: most reports left are procedure,
    # results and background), scored on arrival with bfc755b before being read: dev_en_ai (17
    # documents, 15 events in 96 paragraphs) core .337 (events .667), dev_ru_af (20, 18 in 85)
    # .418 (.467), dev_ru_ag (20, 36 in 78) .477 (.642)
    "dev_en_ai": {"events_f1": 0.62, "core_f1": 0.30},
    "dev_ru_af": {"events_f1": 0.42, "core_f1": 0.38},
    "dev_ru_ag": {"events_f1": 0.60, "core_f1": 0.43},
    # the 52nd stop's blind sets (only pages nobody had used), scored on arrival with bfc755b
    # before being read: blind_ru_m (18 documents, 21 events in 66 paragraphs) .555 (events .667)
    # and blind_kk_m (15, 35 in 56) .530 (.774) stay above the blind floors; blind_en_n (18, 16
    # in 67, three paragraphs in four without an event) .389 (.667) needs its own (events 0.62
    # until the 69th stop, whose gate, read with part of the lexicon and judging English too,
    # took it .688 -> .600 for a core F1 .402 -> .405)
    "blind_en_n": {"events_f1": 0.56, "core_f1": 0.35},
    # the 53rd stop's development sets (any campaign; dev_ru_ah on whether the people acting are
    # campaigners at all; free pages left are mostly party work between campaigns and the
    # referendums, so over half their paragraphs hold no event), scored on arrival with d4bf7ff
    # before being read: dev_en_aj (20 documents, 37 events in 80 paragraphs) core .457 (events
    # .610), dev_ru_ah (19, 18 in 70) .514 (.564), dev_kk_ag (20, 32 in 73) .352 (.656)
    "dev_en_aj": {"events_f1": 0.55, "core_f1": 0.41},
    "dev_ru_ah": {"events_f1": 0.50, "core_f1": 0.46},
    "dev_kk_ag": {"events_f1": 0.60, "core_f1": 0.31},
    # the 53rd stop's blind sets (only pages nobody had used), scored on arrival with d4bf7ff
    # before being read: blind_en_o (14 documents, 25 events in 60 paragraphs) .686 (events .766)
    # and blind_kk_n (15, 27 in 58) .572 (.800) stay above the blind floors; blind_ru_n (17, 29
    # in 61) .465 (.696) needs its own
    "blind_ru_n": {"events_f1": 0.65, "core_f1": 0.42},
    # a second blind round of the 53rd stop, scored on arrival with d4bf7ff before being read:
    # blind_ru_o (17 documents, 18 events in 60 paragraphs) .500 (events .625) and blind_kk_o (15,
    # 22 in 57) .546 (.682) stay above the blind floors; blind_en_p (18, 29 in 72) .470 (.627)
    # needs its own. Its development set dev_ru_ai (20, 34 in 81) .628 (.761) stays above the
    # news floors.
    "blind_en_p": {"events_f1": 0.58, "core_f1": 0.42},
    # the 54th stop's blind sets (only pages nobody had used; most of their paragraphs hold no
    # event), scored on arrival with e8bb27e before being read: blind_ru_p (15 documents, 20
    # events in 56 paragraphs) .551 (events .850) and blind_kk_p (18, 23 in 63) .612 (.731) stay
    # above the blind floors; blind_en_q (15, 7 in 64) .493 (.471) needs its own
    "blind_en_q": {"events_f1": 0.42, "core_f1": 0.44},
    # the 55th stop's blind sets (only pages nobody had used; most of their paragraphs hold no
    # event), scored on arrival with bbc9468 before being read: blind_kk_q (18 documents, 27
    # events in 72 paragraphs) .592 (events .714) stays above the blind floors; blind_en_r (18, 23
    # in 82) .481 (.604) and blind_ru_q (15, 22 in 54) .435 (.606) need their own
    "blind_en_r": {"events_f1": 0.55, "core_f1": 0.44},
    "blind_ru_q": {"events_f1": 0.54, "core_f1": 0.38},
    # a second blind round of the 55th stop, scored on arrival with bbc9468 and with the stop's
    # continuation model before being read: blind_en_s (14 documents, 26 events in 47 paragraphs)
    # .508 and .508 (events .698) and blind_kk_r (15, 26 in 50) .512 and .536 (.826) stay above the
    # blind floors; blind_ru_r (15, 17 in 54) .505 and .505 (.480) needs its own
    "blind_ru_r": {"events_f1": 0.42, "core_f1": 0.45},
    # the 56th stop's blind sets (only pages nobody had used; more than half of their paragraphs
    # hold no event), scored on arrival with 4e8948a before being read: blind_en_t (15 documents,
    # 33 events in 77 paragraphs) .576 (events .743), blind_ru_s (17, 25 in 63) .571 (.769) and
    # blind_kk_s (14, 24 in 51) .512 (.739) stay above the blind floors; of the second round,
    # briefed after the stop's changes and scored with 4e8948a and the stop's extractor alike,
    # blind_kk_t (12, 14 in 48) .501 (.706) does too, blind_en_u (16, 29 in 73) .470 (.622) and
    # blind_ru_t (18, 18 in 71: three paragraphs in four without an event) .233 (.457) need their own
    "blind_en_u": {"events_f1": 0.57, "core_f1": 0.42},
    "blind_ru_t": {"events_f1": 0.40, "core_f1": 0.20},
    # the 57th stop's blind sets (only pages nobody had used; the search all but spent: three
    # paragraphs in four without an event), scored on arrival with 8d8fbd4 before being read:
    # blind_ru_u (8 documents, 10 events in 33 paragraphs) .665 (events .800; .622 with the stop's
    # extractor) and blind_kk_u (11, 13 in 44) .717 (.846) stay above the blind floors; blind_en_v
    # (16, 18 in 66) .465 (.688) needs its own
    "blind_en_v": {"events_f1": 0.64, "core_f1": 0.42},
    # the 58th stop's blind sets (the search spent: three paragraphs in four, or more, without an
    # event), scored on arrival with 7b155ef before being read: blind_en_w (17 documents, 20
    # events in 81 paragraphs) .552 (events .778) and blind_kk_v (14, 13 in 40) .627 (.714) stay
    # above the blind floors; blind_ru_v (18, 26 in 65) .407 (.764) needs its own
    "blind_ru_v": {"events_f1": 0.70, "core_f1": 0.36},
    # the 59th stop's blind sets, scored on arrival with e77b489 before being read: blind_ru_w (15
    # documents, 17 events in 49 paragraphs) .660 (events .800) and blind_kk_w (16, 32 in 60) .562
    # (.762) stay above the blind floors
    # the 60th stop's blind sets, scored on arrival with 33ca2b8 before being read: blind_ru_x (16
    # documents, 38 events in 61 paragraphs) .581 (events .742), blind_kk_x (12, 19 in 47) .581
    # (.810), blind_ru_y (17, 28 in 63) .540 (.755) and blind_kk_y (10, 12 in 42) .511 (.667) stay
    # above the blind floors; blind_ru_z (18, 34 in 77: party work between campaigns, every event
    # `other`) .157 (.430) needs its own
    "blind_ru_z": {"events_f1": 0.38, "core_f1": 0.12},
    # the 61st stop's blind sets, written when the stored pages with campaign events had run out:
    # election news with (almost) no campaign activity, sets of hard negatives; scored on arrival
    # with b4b5554 before being read: blind_en_y (14 documents, 5 events in 52 paragraphs) .747
    # (events .40), blind_kk_z (11, 2 in 36) .600 (.50), blind_ru_aa (16, none in 55) .600 (events
    # 0: any event is false). Their false events are held below a ceiling (next test)
    "blind_en_y": {"events_f1": 0.35, "core_f1": 0.70},
    # (0.600 -> 0.373, events .50 -> .36, with the 66th stop's activity model: two false events)
    "blind_kk_z": {"events_f1": 0.35, "core_f1": 0.36},
    "blind_ru_aa": {"core_f1": 0.55},
    # the 68th stop's development sets (free pages all but gone: what their six authors found is
    # mostly procedure, polling day and results, 49 events in 311 paragraphs), scored on arrival
    # with 3d35ae2 before being read: dev_en_ak (19 documents, 11 events in 71 paragraphs) core
    # .580 (events .750), dev_en_al (17, 15 in 71) .429 (.476), dev_ru_aj (13, 6 in 41) .503
    # (.714), dev_kk_ah (18, 7 in 66) .437 (.636); dev_ru_ak (7, 4 in 25) .956 (.889) and
    # dev_kk_ai (10, 6 in 37) .767 (.857) stay above the news floors
    "dev_en_ak": {"events_f1": 0.70, "core_f1": 0.53},
    "dev_en_al": {"events_f1": 0.43, "core_f1": 0.38},
    "dev_ru_aj": {"events_f1": 0.65, "core_f1": 0.45},
    "dev_kk_ah": {"events_f1": 0.55, "core_f1": 0.38},
}
# Paragraphs given an event that report none, at most, in the sets of hard negatives (measured on
# arrival: 3, 4 and 4; the 66th stop's activity model adds one in blind_en_y and two in
# blind_kk_z, the price of the events it finds elsewhere: README, "The 66th stop").
FALSE_EVENT_CEILINGS = {"blind_en_y": 5, "blind_kk_z": 7, "blind_ru_aa": 5}
SETS = {s.name: s for s in gold_sets(DATA)}


def _floors(name: str) -> dict[str, float]:
    gold_set = SETS[name]
    if name in FLOORS:
        return FLOORS[name]
    return BLIND if gold_set.blind else NEWS


@cache
def _predicted(name: str) -> list[dict]:
    return [e.to_dict() for e in SETS[name].predict()]


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_gold_set_stays_above_its_floors(name):
    scorer = _scorer()
    gold_set = SETS[name]
    _, summary = scorer.score(gold_set.gold_rows(), _predicted(name))
    below = {k: summary[k] for k, floor in _floors(name).items() if summary[k] < floor}
    assert not below, summary


@pytest.mark.parametrize("name", sorted(FALSE_EVENT_CEILINGS))
def test_the_sets_of_hard_negatives_keep_their_false_events_below_a_ceiling(name):
    """A set of paragraphs that mostly report no activity scores its events F1 on a handful of
    paragraphs (none at all in blind_ru_aa); what it measures is how many of them the extractor
    gives an event that the author coded none for."""
    reported = {(r["doc_id"], r["paragraph"]) for r in SETS[name].gold_rows() if r["events"]}
    false = {(e["doc_id"], e["paragraph"]) for e in _predicted(name)} - reported
    assert len(false) <= FALSE_EVENT_CEILINGS[name], sorted(false)


# The continuation sets (tests/data/sequences, bench/continuations.py), scored on arrival in the
# 42nd stop with 9ea0b9b before anyone who changes the extractor read them: seq_en core .726
# (events .888), seq_kk .820 (.939), seq_ru .789 (.877).
SEQUENCE_FLOORS = {
    "seq_en": {"events_f1": 0.84, "core_f1": 0.68},
    "seq_kk": {"events_f1": 0.89, "core_f1": 0.77},
    "seq_ru": {"events_f1": 0.83, "core_f1": 0.74},
    # a second round (43rd stop; half of the first paragraphs a party's own business, a debate or
    # a press event), scored on arrival with ce7546d and the fix of that stop: seq_en_b core .736
    # (events .911), seq_ru_b .792 (.874), seq_kk_b .801 (.922; .810 with the stop's rules then)
    "seq_en_b": {"events_f1": 0.86, "core_f1": 0.69},
    "seq_ru_b": {"events_f1": 0.82, "core_f1": 0.74},
    "seq_kk_b": {"events_f1": 0.87, "core_f1": 0.75},
}


@pytest.mark.parametrize("gold_set", sequence_sets(DATA), ids=lambda s: s.name)
def test_every_continuation_set_stays_above_its_floors(gold_set):
    scorer = _scorer()
    _, summary = scorer.score(gold_set.gold_rows(), [e.to_dict() for e in gold_set.predict()])
    below = {k: summary[k] for k, floor in SEQUENCE_FLOORS.get(gold_set.name, NEWS).items() if summary[k] < floor}
    assert not below, summary


# Actors (codebook 6) over all news-shaped development sets of a language, pooled: the people
# named as acting, read by grammar (roles, lists, cases, names written again); measured at the
# 25th stop at en .601, ru .578, kk .607 (from .484, .365, .471).
ACTOR_FLOORS = {"en": 0.57, "ru": 0.55, "kk": 0.58}


@pytest.mark.parametrize("lang", sorted(ACTOR_FLOORS))
def test_the_actors_of_the_news_shaped_sets_stay_above_their_floor(lang):
    scorer = _scorer()
    names = [n for n, s in SETS.items() if not s.blind and s.documents.parent.name == "news" and n.split("_")[1] == lang]
    gold = [row for n in names for row in SETS[n].gold_rows()]
    _, summary = scorer.score(gold, [e for n in names for e in _predicted(n)])
    assert summary["actors_f1"] >= ACTOR_FLOORS[lang], summary


def test_every_evidence_span_of_the_gold_sets_is_inside_its_paragraph():
    for gold_set in SETS.values():
        paragraphs = {(d.id, i): t for d in gold_set.read() for i, t in d.paragraphs()}
        for event in gold_set.predict():
            para = paragraphs[(event.doc_id, event.paragraph)]
            for field in ("parties", "regions", "settlements", "event_type", "audience", "topics"):
                if getattr(event, field):  # every fact points at the words behind it
                    assert event.evidence.get(field), (gold_set.name, event.doc_id, event.paragraph, field)
            for field, spans in event.evidence.items():
                for span in spans:
                    assert 0 <= span.start < span.end <= len(para), (gold_set.name, field, span)


SECOND_ANNOTATIONS = sorted(DATA.glob("*/*.second.jsonl"))
EVENT_TYPES = {"voter_meeting", "labour_collective_meeting", "press_event", "rally", "debate", "campaign_tour", "online", "other"}


@pytest.mark.parametrize("path", SECOND_ANNOTATIONS, ids=lambda p: p.name)
def test_a_second_annotation_codes_every_paragraph_of_its_set_and_nothing_else(path):
    # bench/second_annotator.py scores it against the first gold paragraph by paragraph: a row
    # missing or extra would count as a disagreement that no annotator made
    first = [json.loads(line) for line in path.with_name(path.name.replace(".second.", ".gold.")).read_text(encoding="utf-8").splitlines() if line.strip()]
    second = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sorted((r["doc_id"], r["paragraph"]) for r in second) == sorted((r["doc_id"], r["paragraph"]) for r in first)
    assert {e["event_type"] for r in second for e in r["events"]} <= EVENT_TYPES
