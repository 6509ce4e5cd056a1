# make run  - serve the API with the demo model on http://127.0.0.1:8000/graphql
# make test - lint, type-check, start a local Neo4j, run every test on both stores
# Both set everything up on a fresh machine (a virtualenv in .venv, Neo4j jars in .cache).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install run test lint format generated schema graphiql-assets bench neo4j-start neo4j-stop clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --editable '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# Development defaults for trying it out: anonymous callers may read (not write).
run: $(STAMP)
	GRAPH_API_ENVIRONMENT=$${GRAPH_API_ENVIRONMENT:-development} $(BIN)/graph-api serve

lint: $(STAMP)
	$(BIN)/ruff check graph_api tests bench
	$(BIN)/ruff format --check graph_api tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff format graph_api tests bench
	$(BIN)/ruff check --fix graph_api tests bench

test: lint
	scripts/run-tests

# The GraphQL code written from the metamodel (node types, their inputs, the per-kind
# Query and Mutation fields); make schema runs it before exporting the schema.
generated: $(STAMP)
	$(BIN)/python -m graph_api.graphql.types.generate

schema: generated
	$(BIN)/graph-api export-schema
	$(BIN)/python -m graph_api.metamodel.document docs/metamodel.md

# GraphiQL's files, served by the app itself (no CDN), are committed in
# graph_api/api/graphiql/assets/; this rewrites them from the pinned packages after a
# change to tools/graphiql-assets/package.json (npm install there updates the lock).
graphiql-assets:
	npm ci --prefix tools/graphiql-assets --no-audit --no-fund --silent
	node tools/graphiql-assets/vendor.mjs

# graph-api against plain Cypher and @neo4j/graphql (docs/benchmarks.md); not part of test.
# Options go in BENCH_ARGS: make bench BENCH_ARGS="--scales 1,10"
bench: $(STAMP)
	scripts/run-bench $(BENCH_ARGS)

neo4j-start: $(STAMP)
	scripts/neo4j-local start

neo4j-stop:
	scripts/neo4j-local stop

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
