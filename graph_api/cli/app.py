"""The ``graph-api`` command line: serve, seed, export, ArchiMate, the schema, API keys,
diagrams, the impact export, generated models, upgrades, tracker imports.

Only assembles the command groups, in the order ``graph-api --help`` lists them; each
group's commands live in their own module, and no module imports this one.
"""

import typer

from graph_api.cli.archimate import archimate_app
from graph_api.cli.diagram import diagram_app
from graph_api.cli.generate import generate_app
from graph_api.cli.impact import impact_app
from graph_api.cli.ingest import ingest_app
from graph_api.cli.keys import keys_app
from graph_api.cli.load import load_app
from graph_api.cli.model import model_app
from graph_api.cli.schema import schema_app
from graph_api.cli.serve import serve_app
from graph_api.cli.tracker import tracker_app
from graph_api.cli.upgrade import upgrade_app

app = typer.Typer(
    help="One graph of customer experience and enterprise architecture.", no_args_is_help=True
)
# A group added without a name adds its commands to graph-api itself.
app.add_typer(serve_app)  # graph-api serve
app.add_typer(model_app)  # graph-api seed, graph-api export
app.add_typer(archimate_app)  # graph-api import-archimate, graph-api export-archimate
app.add_typer(schema_app)  # graph-api export-schema
app.add_typer(keys_app, name="keys")
app.add_typer(diagram_app, name="diagram")
app.add_typer(impact_app, name="impact")  # graph-api impact export
app.add_typer(generate_app)  # graph-api generate
app.add_typer(load_app)  # graph-api load
app.add_typer(ingest_app)  # graph-api ingest
app.add_typer(upgrade_app)  # graph-api upgrade
app.add_typer(tracker_app, name="tracker")  # graph-api tracker import
