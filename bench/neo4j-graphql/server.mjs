// The reference implementation for the benchmark: @neo4j/graphql over the same Neo4j as
// graph-api, with type definitions generated from graph-api's metamodel
// (bench/neo4j_graphql_typedefs.py writes typeDefs.graphql), served by graphql-yoga.
//
//   node server.mjs [PORT]
//
// Environment: PORT (4000; the first argument wins), HOST (127.0.0.1), NEO4J_URI
// (bolt://127.0.0.1:7687), NEO4J_USER (neo4j), NEO4J_PASSWORD (empty: connect without
// authentication, as to scripts/neo4j-local), NEO4J_DATABASE (neo4j).
//
// Prints "ready on http://127.0.0.1:PORT/graphql" once listening; SIGTERM or SIGINT
// closes the server and the driver and exits 0. The schema is read-only (no mutations,
// subscriptions or authorization): the benchmark only reads.

import { readFile } from "node:fs/promises";
import { createServer } from "node:http";

import { Neo4jGraphQL } from "@neo4j/graphql";
import { GraphQLScalarType } from "graphql";
import { createYoga } from "graphql-yoga";
import neo4j from "neo4j-driver";

const port = Number(process.argv[2] ?? process.env.PORT ?? 4000);
const host = process.env.HOST ?? "127.0.0.1";
const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
const user = process.env.NEO4J_USER ?? "neo4j";
const password = process.env.NEO4J_PASSWORD ?? "";
const database = process.env.NEO4J_DATABASE ?? "neo4j";

if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`server.mjs: bad port ${process.argv[2] ?? process.env.PORT}`);
  process.exit(2);
}

const typeDefs = await readFile(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const driver = neo4j.driver(uri, password ? neo4j.auth.basic(user, password) : undefined, {
  userAgent: "graph-api-bench-neo4j-graphql",
});

// createdAt and updatedAt: @neo4j/graphql's DateTime is read through APOC
// (apoc.date.convertFormat), which graph-api's Neo4j need not have; Instant passes the
// driver's value through as Neo4j's ISO-8601 text (nanoseconds, "Z" for UTC).
const Instant = new GraphQLScalarType({
  name: "Instant",
  serialize: (value) => (typeof value === "string" ? value : value.toString()),
});

const neoSchema = new Neo4jGraphQL({
  typeDefs,
  resolvers: { Instant },
  driver,
  features: {
    // Leave out the fields @neo4j/graphql 6 keeps only for backward compatibility.
    excludeDeprecatedFields: {
      implicitEqualFilters: true,
      implicitSet: true,
      deprecatedOptionsArgument: true,
      directedArgument: true,
      connectOrCreate: true,
      idAggregations: true,
      typename_IN: true,
      deprecatedAggregateOperations: true,
      nonNestedUpdateWhere: true,
      overwriteArgument: true,
    },
  },
});

let schema;
try {
  // No assertIndexesAndConstraints: graph-api owns the database schema (the full-text
  // index node_text_search, the key constraints) and the benchmark database is read-only.
  schema = await neoSchema.getSchema();
  await driver.verifyConnectivity({ database });
} catch (error) {
  console.error("server.mjs: cannot start:", error);
  await driver.close();
  process.exit(1);
}

const yoga = createYoga({
  schema,
  graphqlEndpoint: "/graphql",
  context: () => ({ sessionConfig: { database } }),
  graphiql: false,
  landingPage: false,
  maskedErrors: false,
  logging: "warn",
});

const server = createServer(yoga);
server.keepAliveTimeout = 65_000;

let closing = false;
async function shutdown(signal) {
  if (closing) return;
  closing = true;
  server.close();
  server.closeAllConnections();
  try {
    await driver.close();
  } finally {
    console.log(`server.mjs: ${signal}, stopped`);
    process.exit(0);
  }
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));

server.on("error", async (error) => {
  console.error("server.mjs:", error.message);
  await driver.close();
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`ready on http://${host}:${port}/graphql`);
});
