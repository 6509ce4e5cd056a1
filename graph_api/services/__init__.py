"""The operations the API and the CLI share on top of the store: validating and writing
nodes, and the change feed that publishes what each write did."""
