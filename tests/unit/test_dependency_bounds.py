"""Every runtime dependency has an upper bound, and what is installed lies within the bounds
(so the tests ran against versions a fresh install can get)."""

import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest
from packaging.requirements import Requirement

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
RUNTIME = [
    Requirement(text)
    for text in tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["dependencies"]
]


@pytest.mark.parametrize("requirement", RUNTIME, ids=lambda r: r.name)
def test_each_runtime_dependency_has_an_upper_bound(requirement: Requirement) -> None:
    uppers = [spec for spec in requirement.specifier if spec.operator in ("<", "<=", "~=")]
    assert uppers, f"{requirement.name} has no upper bound in pyproject.toml"


@pytest.mark.parametrize("requirement", RUNTIME, ids=lambda r: r.name)
def test_the_installed_version_is_within_the_bounds(requirement: Requirement) -> None:
    try:
        installed = version(requirement.name)
    except PackageNotFoundError:
        pytest.fail(f"{requirement.name} is not installed: run make install")
    assert requirement.specifier.contains(installed, prereleases=True), (
        f"{requirement.name} {installed} is outside {requirement.specifier}: raise the bound "
        "as README 'Dependencies' says, or reinstall"
    )
