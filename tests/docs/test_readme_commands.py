"""The README's commands are what the command line and the Makefile offer.

Every ``graph-api`` command the README writes, in its shell blocks and in its inline code,
names a command that exists, with options that command has (and, for options with fixed
choices, choices it accepts); each shell-block line's ``--help`` runs. The quick start's
lines are run as written, in order, in a fresh directory, as a new user runs them: its
``make`` targets exist, ``source .venv/bin/activate`` puts ``graph-api`` on the ``PATH``,
and its ``graph-api`` commands succeed.
"""

import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from graph_api.cli.app import app
from tests.conftest import ROOT

README = ROOT / "README.md"
BIN = Path(sys.executable).parent
SHELL_BLOCK = re.compile(r"```sh\n(.*?)```", re.DOTALL)
INLINE = re.compile(r"`((?:\.venv/bin/)?graph-api(?: [^`]*)?)`")
PLACEHOLDER = re.compile(r"^[A-Z][A-Z_:]*$")  # FILE, KEY, KIND:KEY, N


@dataclass(frozen=True)
class Written:
    """A ``graph-api`` command as the README writes it."""

    text: str
    path: tuple[str, ...]
    """The command's names after ``graph-api`` (``keys create``)."""
    options: dict[str, list[str]]
    """Each option written, with the choices written after it (``yaml|json``)."""


def without_comment(line: str) -> str:
    return re.split(r"\s+#", line, maxsplit=1)[0].strip()


def shell_lines(text: str) -> list[str]:
    return [
        without_comment(line)
        for block in SHELL_BLOCK.findall(text)
        for line in block.splitlines()
        if without_comment(line)
    ]


def section(text: str, heading: str) -> str:
    start = text.index(f"## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start:end]


def parse(text: str) -> Written:
    """The command ``text`` names and the options it writes, read as the README means it:
    ``[--x V]`` optional, ``A|B`` alternatives, capitals placeholders."""
    words = text.replace("[", " ").replace("]", " ").split()
    assert words[0] in ("graph-api", ".venv/bin/graph-api"), text
    group = typer.main.get_command(app)
    path: list[str] = []
    options: dict[str, list[str]] = {}
    index = 1
    while index < len(words) and (commands := subcommands(group)):
        sub = commands.get(words[index])
        if sub is None:
            break
        path.append(words[index])
        group = sub
        index += 1
    for position, word in enumerate(words[index:], start=index):
        if word.startswith("-"):
            following = words[position + 1] if position + 1 < len(words) else ""
            choices = following.split("|") if "|" in following else []
            options[word] = choices
        elif not options and not PLACEHOLDER.match(word) and "|" not in word:
            pytest.fail(f"README: {text!r}: {word!r} is not a command of graph-api {path}")
    return Written(text, tuple(path), options)


def subcommands(command: Any) -> dict[str, Any]:
    """A group's commands by name; empty for a command (Typer's own click, duck-typed)."""
    commands: dict[str, Any] = getattr(command, "commands", {})
    return commands


def command_of(path: tuple[str, ...]) -> Any:
    command = typer.main.get_command(app)
    for name in path:
        command = subcommands(command)[name]
    return command


def help_text(path: tuple[str, ...]) -> str:
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, (path, result.output)
    return result.output.replace("│", " ")


def check_options(written: Written) -> None:
    command = command_of(written.path)
    options = {opt for param in command.params for opt in param.opts} | {"--help"}
    described = " ".join(help_text(written.path).split())
    for option, choices in written.options.items():
        assert option in options, f"README: {written.text!r}: no option {option}"
        for choice in choices:  # each value written is one the help names
            assert re.search(rf"\b{re.escape(choice)}\b", described), (written.text, choice)


def readme_commands() -> list[Written]:
    text = README.read_text(encoding="utf-8")
    lines = [line for line in shell_lines(text) if "graph-api" in line.split(" ", 1)[0]]
    spans = INLINE.findall(text)
    return [parse(line) for line in [*lines, *spans]]


def test_every_command_the_readme_writes_exists_with_its_options() -> None:
    written = readme_commands()
    assert len(written) >= 20
    for command in written:
        check_options(command)
    named = {command.path for command in written}
    # Each command of the command line is shown at least once.
    for name, sub in subcommands(typer.main.get_command(app)).items():
        if subcommands(sub):
            for inner in subcommands(sub):
                assert (name, inner) in named, f"the README does not show graph-api {name} {inner}"
        else:
            assert (name,) in named, f"the README does not show graph-api {name}"


def test_the_command_line_section_lines_run_with_help() -> None:
    lines = shell_lines(section(README.read_text(encoding="utf-8"), "Command line"))
    assert lines
    for line in lines:
        path = parse(line).path
        usage = f"Usage: root {' '.join(path)} [OPTIONS]"  # CliRunner names the program root
        assert usage in help_text(path), line


def test_the_quick_start_runs_as_written(tmp_path: Path) -> None:
    lines = shell_lines(section(README.read_text(encoding="utf-8"), "Quick start"))
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GRAPH_API_", "NEO4J_"))}
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if Path(p) != BIN
    )
    ran = []
    for line in lines:
        words = shlex.split(line)
        if words[0] == "git" or words[0] == "cd":
            continue  # the clone itself: this test runs in one
        if words[0] == "make":
            (target,) = words[1:]
            assert re.search(rf"^{re.escape(target)}:", makefile, re.MULTILINE), line
            continue
        if words[:2] == ["source", ".venv/bin/activate"]:
            activate = BIN / "activate"
            assert activate.is_file() and (BIN / "graph-api").is_file()
            assert 'PATH="$VIRTUAL_ENV/' in activate.read_text(encoding="utf-8")
            env["PATH"] = os.pathsep.join([str(BIN), env["PATH"]])
            env["VIRTUAL_ENV"] = str(BIN.parent)
            continue
        assert words[0] == "graph-api", f"the quick start runs {line!r}: not checked here"
        result = subprocess.run(
            words, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, (line, result.stdout, result.stderr)
        ran.append((line, result))
    assert [line for line, _ in ran] == [
        "graph-api --help",
        "graph-api keys create --name me --role editor",
        "graph-api export -o model.yaml",
    ]
    created = ran[1][1].stdout
    assert re.search(r"^gapi_\S+$", created, re.MULTILINE), created
    assert (tmp_path / "data" / "api-keys.db").is_file()
    assert (tmp_path / "model.yaml").read_text(encoding="utf-8").startswith("format: graph-api/v1")


def test_the_readme_says_where_the_command_line_is() -> None:
    text = README.read_text(encoding="utf-8")
    quick = section(text, "Quick start")
    assert "`.venv/bin`" in quick and ".venv/bin/graph-api" in quick
    assert "source .venv/bin/activate" in section(text, "Command line")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    run = re.search(r"^run: .*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert run is not None and "GRAPH_API_ENVIRONMENT:-development" in run.group(1)
    assert "$(BIN)/graph-api serve" in run.group(1)
