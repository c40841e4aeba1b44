"""`saylau train`: fit the event gate (or the paragraph, topic or continuation model) on the development sets
and write it as reference data.

A thin shell over `saylau.training`; a SaylauError becomes one line on stderr and status 1.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from saylau.cli_help import examples


def train_command(
    data: Annotated[Path, typer.Option("--data", help="Folder of gold sets (dev_*.txt, news/*.jsonl).")] = Path("tests/data"),
    output: Annotated[Optional[Path], typer.Option("--output", help="Where to write the model; default: the package's own.")] = None,
    types: Annotated[bool, typer.Option("--types", help="Also fit the model of a single event's type (kept only if it beats the rules).")] = False,
    types_only: Annotated[bool, typer.Option("--types-only", help="Keep the gate (of --output if that file exists, else the shipped one) and fit only the type model beside it.")] = False,
    beside_shipped: Annotated[bool, typer.Option("--beside-shipped", help="Fit a newer gate that judges the languages it is approved for, the gate (of --output if that file exists, else the shipped one) keeping the rest.")] = False,
    paragraph_model: Annotated[bool, typer.Option("--paragraph-model", help="Fit the paragraph model (sentence embeddings) instead of the gate.")] = False,
    topic_model: Annotated[bool, typer.Option("--topic-model", help="Fit the topic model (issues raised, beside the topic rules) instead of the gate.")] = False,
    continuation_model: Annotated[bool, typer.Option("--continuation-model", help="Fit the continuation model (a paragraph going on about the event before) instead of the gate.")] = False,
    activity_model: Annotated[bool, typer.Option("--activity-model", help="Fit the activity model (an activity told in words no rule reads) instead of the gate.")] = False,
) -> None:
    """Train the event gate (logistic regression) from the development gold sets; prints its cross-validated events F1.
    With --paragraph-model, train the paragraph model on the news-shaped sets and the inventories;
    with --topic-model, the topic model on the news-shaped sets; with --continuation-model, the
    continuation model on the news-shaped and continuation sets; with --activity-model, the activity
    model on the news-shaped sets and the parallel files."""
    from saylau.errors import SaylauError

    try:
        if paragraph_model:
            from saylau.extract.paragraph_model import model_path
            from saylau.paragraph_training import train_paragraph_model

            train_paragraph_model(data, output or Path(str(model_path())), log=typer.echo)
            return
        if topic_model:
            from saylau.extract.topic_model import model_path as topic_model_path
            from saylau.topic_training import train_topic_model

            train_topic_model(data, output or Path(str(topic_model_path())), log=typer.echo)
            return
        if continuation_model:
            from saylau.continuation_training import train_continuation_model
            from saylau.extract.continuation_model import model_path as continuation_model_path

            train_continuation_model(data, output or Path(str(continuation_model_path())), log=typer.echo)
            return
        if activity_model:
            from saylau.activity_training import train_activity_model
            from saylau.extract.activity_model import model_path as activity_model_path

            train_activity_model(data, output or Path(str(activity_model_path())), log=typer.echo)
            return
        from saylau.extract.gate import model_path
        from saylau.training import train, train_beside, train_types

        if types_only or beside_shipped:
            shipped = Path(str(model_path()))
            earlier = output if output is not None and output.is_file() else shipped
            (train_types if types_only else train_beside)(data, earlier, output or shipped, log=typer.echo)
            return
        train(data, output or Path(str(model_path())), log=typer.echo, with_types=types)
    except SaylauError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None


def register(app: typer.Typer) -> None:
    app.command("train", epilog=examples("saylau train --data tests/data", "saylau train --topic-model", "saylau train --continuation-model"))(
        train_command
    )
