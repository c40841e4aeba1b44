"""The README runs (issue 10, item 9): every command it shows is executed here.

Like sqlite-utils' documentation tests, this reads README.md itself, so the README cannot
drift from the program:

- every line of a ```sh block is a command; a `saylau …` command is run in a fresh process
  (as a reader would run it) from a temporary working folder holding the file names the
  README uses (`news/`, `feed.jsonl`, `pages/`, `votes.csv`, `poll.csv`, `samples/`,
  `../shared/` where it exists), against the demo store (`saylau demo --db …`, built once);
  it must exit 0;
- a `$ saylau …` line of an output example is run the same way, and every line shown under
  it must appear in the output, in the same order (whitespace normalised, COLUMNS=100 as in
  the README); `...` stands for elided text, and a table row holding only `...` for elided
  rows, and a line may be read with the next one where the terminal wrapped it;
- the output block after `make demo` is the output of `saylau demo`.

A command that cannot run here is in SKIPPED with its reason; any other command the test
does not know fails, so a new README command is never silently ignored.
"""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
SHARED = REPO.parent / "shared"
SAYLAU = Path(sys.executable).with_name("saylau")

# Commands the test does not run, by the start of their line, with the reason.
SKIPPED = {
    "make demo": "creates .venv and installs Saylau; its output is checked by running `saylau demo`",
    "make test": "runs the whole test suite, this test included",
    ". .venv/bin/activate": "the test runs the installed saylau directly",
    "saylau ingest --feed https://": "needs the network (--feed https://example.kz/rss)",
    "saylau watch ": "polls feeds until stopped (and needs the network)",
    "saylau train ": "takes minutes (fits the event gate with scikit-learn, the [train] extra)",
    "curl -s 'http://127.0.0.1:8000/": "needs a running `saylau serve`",
    "curl -s -H 'Accept: application/geo+json' 'http://127.0.0.1:8000/": "needs a running `saylau serve`",
}
# `curl -s https://... | saylau extract -`: the curl part needs the network; the saylau part
# is run with a paragraph of news on its standard input instead.
PIPED_FROM_NETWORK = "curl -s https://... | "
STDIN_NEWS = "Candidates of the Auyl party met voters in Taraz on Monday to discuss water supply.\n"

PAGE = """<!DOCTYPE html>
<html><head><title>Auyl candidates tour Zhambyl villages</title>
<meta property="article:published_time" content="2023-03-10"></head>
<body><nav><a href="/">Home</a> | <a href="/politics">Politics</a></nav>
<article><h1>Auyl candidates tour Zhambyl villages</h1>
<p>Candidates of the Auyl party met farmers in Taraz on Friday and promised cheaper diesel
fuel for the spring sowing campaign, the party's regional branch said.</p>
<p>The delegation then travelled to villages of the Baizak district, where residents raised
the shortage of drinking water and the state of rural roads.</p>
</article><footer>Advertisement</footer></body></html>
"""


@dataclass
class Command:
    line: int  # 1-based line of README.md
    text: str
    expected: list[str] = field(default_factory=list)  # output shown under it, if any

    def __str__(self) -> str:
        return f"README.md:{self.line}: {self.text}"


def readme_commands() -> list[Command]:
    lines = README.read_text(encoding="utf-8").splitlines()
    commands: list[Command] = []
    i = 0
    while i < len(lines):
        opening = lines[i].strip()
        if not opening.startswith("```"):
            i += 1
            continue
        lang = opening[3:].strip()
        start = i + 1
        end = start
        while end < len(lines) and lines[end].strip() != "```":
            end += 1
        body = lines[start:end]
        if lang == "sh":
            for n, text in enumerate(body):
                if text.strip():
                    commands.append(Command(start + n + 1, text.strip()))
        elif lang == "":
            if body and body[0].startswith("Ingested "):
                commands.append(Command(start, "saylau demo", list(body)))
            else:
                for n, text in enumerate(body):
                    if text.startswith("$ "):
                        commands.append(Command(start + n + 1, text[2:].strip()))
                    elif commands and commands[-1].line > start and commands[-1].line <= start + n:
                        commands[-1].expected.append(text)
        i = end + 1
    return commands


COMMANDS = readme_commands()


def _normal(text: str) -> str:
    return " ".join(text.split())


def _elided_row(text: str) -> bool:
    return text.strip(" │┃|").replace("│", "").strip() == "..."


def missing_lines(expected: list[str], output: str) -> list[str]:
    """The expected lines not found, in order, among the output's lines."""
    actual = [_normal(line) for line in output.splitlines()]
    at = 0
    missing = []
    for shown in expected:
        if not shown.strip() or _elided_row(shown):
            continue
        pattern = re.compile(".*".join(re.escape(part) for part in _normal(shown).split("...")))
        for j in range(at, len(actual)):
            if pattern.fullmatch(actual[j]):
                at = j + 1
                break
            # a line the terminal wrapped (a long path in it): read with the next one
            if j + 1 < len(actual) and pattern.fullmatch(f"{actual[j]} {actual[j + 1]}"):
                at = j + 2
                break
        else:
            missing.append(shown)
    return missing


def _env(db: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(COLUMNS="100", LINES="50", NO_COLOR="1", SAYLAU_DB=db, PYTHONIOENCODING="utf-8")
    env.pop("FORCE_COLOR", None)
    return env


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """A working folder holding what the README's commands name, and the demo store."""
    root = tmp_path_factory.mktemp("readme")
    work = root / "work"
    (work / "news").mkdir(parents=True)
    for name in ("01_campaign_opens.txt", "02_west_kazakhstan_oil_towns.txt"):
        shutil.copy(REPO / "samples" / "en" / name, work / "news" / name)
    feed = (REPO / "samples" / "feed.jsonl").read_text(encoding="utf-8").splitlines()[:2]
    (work / "feed.jsonl").write_text("\n".join(feed) + "\n", encoding="utf-8")
    (work / "pages").mkdir()
    (work / "pages" / "auyl-zhambyl.html").write_text(PAGE, encoding="utf-8")
    shutil.copy(REPO / "src" / "saylau" / "reference" / "data" / "results" / "mazhilis-2023.csv", work / "votes.csv")
    shutil.copy(REPO / "samples" / "results" / "poll-example.csv", work / "poll.csv")
    (work / "samples").symlink_to(REPO / "samples", target_is_directory=True)
    if SHARED.is_dir():
        (root / "shared").symlink_to(SHARED, target_is_directory=True)
    return work


@pytest.fixture(scope="module")
def demo(workdir) -> subprocess.CompletedProcess:
    """`saylau demo` into the store every other command then reads (built once)."""
    db = f"sqlite:///{workdir.parent / 'demo.db'}"
    done = subprocess.run(
        [str(SAYLAU), "demo", "--db", db], cwd=workdir, env=_env(db),
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done


def _skip_reason(text: str) -> str | None:
    for start, reason in SKIPPED.items():
        if text.startswith(start):
            return reason
    return None


def run(command: Command, workdir: Path) -> subprocess.CompletedProcess:
    text, stdin = command.text, None
    if text.startswith(PIPED_FROM_NETWORK):
        text, stdin = text[len(PIPED_FROM_NETWORK):], STDIN_NEWS
    lexer = shlex.shlex(text, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    lexer.commenters = "#"
    words = list(lexer)
    out_file = None
    if ">" in words:
        at = words.index(">")
        out_file, words = words[at + 1], words[:at]
    assert words[0] == "saylau" and not set(words) & {"|", "&", ";", "&&", "||", "<"}, (
        f"{command}: the test runs a single saylau command (with an optional '> file')"
    )
    if any(w.startswith("../shared/") for w in words) and not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: this example reads ../shared/")
    db = f"sqlite:///{workdir.parent / 'demo.db'}"
    done = subprocess.run(
        [str(SAYLAU), *words[1:]], cwd=workdir, env=_env(db), input=stdin,
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    if out_file is not None:
        (workdir / out_file).write_text(done.stdout, encoding="utf-8")
    return done


def test_readme_has_commands():
    texts = [c.text for c in COMMANDS]
    assert any(t.startswith("saylau seats") for t in texts) and "saylau demo" in texts
    unknown = [str(c) for c in COMMANDS
               if not c.text.startswith(("saylau ", PIPED_FROM_NETWORK)) and _skip_reason(c.text) is None]
    assert not unknown, "README commands the test neither runs nor skips with a reason: add them to SKIPPED"


@pytest.mark.parametrize("command", COMMANDS, ids=[f"line{c.line}" for c in COMMANDS])
def test_readme_command(command: Command, workdir: Path, demo) -> None:
    reason = _skip_reason(command.text)
    if reason is not None:
        pytest.skip(f"{command}: {reason}")
    if command.text == "saylau demo":
        done = demo
    else:
        done = run(command, workdir)
    assert done.returncode == 0, f"{command}\nexit {done.returncode}\n{done.stderr}"
    missing = missing_lines(command.expected, done.stdout)
    assert not missing, f"{command}\nshown in the README, not printed:\n" + "\n".join(missing) + (
        "\n--- printed:\n" + done.stdout
    )


def test_missing_lines_reads_elisions():
    out = "  Title  \n┃ a ┃ b ┃\n│ x │ 1 │\n│ y │ 2 │\nfrom /tmp/x/samples (0 failed)\n"
    assert missing_lines(["Title", "┃ a   ┃ b ┃", "│ ... │   │", "│ y │ 2 │"], out) == []
    assert missing_lines(["from .../samples (0 failed)"], out) == []
    assert missing_lines(["from .../samples (0 failed): 94 events."], "from /tmp/x/samples (0 failed): 94\nevents.\n") == []
    assert missing_lines(["│ y │ 2 │", "│ x │ 1 │"], out) == ["│ x │ 1 │"]  # order counts


def _one_event_block() -> dict:
    """The JSON example under 'One event', its `...` elisions dropped."""
    text = README.read_text(encoding="utf-8")
    block = text.split("### One event", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    block = re.sub(r",\s*\.\.\.\s*([\]}])", r"\1", block)
    return json.loads(block)


def test_readme_one_event(workdir: Path) -> None:
    """'saylau extract on the real digest in ../shared/corpus/ gives, for its sixth paragraph,
    two events; the first:' and the JSON shown (its elided evidence a prefix of the real)."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the 'One event' example reads ../shared/corpus/")
    shown = _one_event_block()
    done = subprocess.run(
        [str(SAYLAU), "extract", f"../shared/corpus/{shown['doc_id']}", "--format", "jsonl"],
        cwd=workdir, env=_env(f"sqlite:///{workdir.parent / 'unused.db'}"),
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert done.returncode == 0, done.stderr
    events = [e for e in map(json.loads, done.stdout.splitlines()) if e["paragraph"] == shown["paragraph"]]
    assert len(events) == 2
    first = events[0]
    for key, value in shown.items():
        if key == "evidence":
            for name, spans in value.items():
                assert first["evidence"][name][: len(spans)] == spans, name
        else:
            assert first[key] == value, key
