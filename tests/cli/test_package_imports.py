"""The command-line package's imports: the app module assembles the command groups and
nothing imports it back, and the modules of ``graph_api/cli/`` import each other without
a cycle. Read from the source (every import statement, at module level or in a
function), so an import hidden inside a command counts too."""

import ast
from collections.abc import Iterator
from pathlib import Path

import graph_api

PACKAGE_ROOT = Path(graph_api.__file__).parent
CLI_ROOT = PACKAGE_ROOT / "cli"
APP_MODULE = "graph_api.cli.app"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> Iterator[str]:
    """Every module ``path`` imports: ``from a.b import c`` yields ``a.b`` and ``a.b.c``
    (``c`` may be a module or a name in ``a.b``; callers look up what they know)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def test_no_module_of_the_package_imports_the_app() -> None:
    importers = [
        module_name(path)
        for path in PACKAGE_ROOT.rglob("*.py")
        if module_name(path) != APP_MODULE and APP_MODULE in set(imported_modules(path))
    ]
    assert importers == []


def test_the_app_module_assembles_every_command_group() -> None:
    helpers = {"graph_api.cli", APP_MODULE, "graph_api.cli.console"}
    helpers |= {"graph_api.cli.settings", "graph_api.cli.on_store", "graph_api.cli.cores"}
    groups = {module_name(path) for path in CLI_ROOT.glob("*.py")} - helpers
    assert groups  # the package holds the commands
    assert groups <= set(imported_modules(CLI_ROOT / "app.py"))


def test_the_cli_modules_import_each_other_without_a_cycle() -> None:
    modules = {module_name(path): path for path in CLI_ROOT.glob("*.py")}
    imports = {
        name: {other for other in imported_modules(path) if other in modules and other != name}
        for name, path in modules.items()
    }
    # Kahn's algorithm: a module goes once everything it imports has gone.
    left = dict(imports)
    while ready := [name for name, needs in left.items() if not needs & left.keys()]:
        for name in ready:
            del left[name]
    assert left == {}, f"in or above an import cycle: {sorted(left)}"
