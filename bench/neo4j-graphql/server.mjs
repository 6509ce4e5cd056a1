// The reference implementation for the benchmark: @neo4j/graphql over the same Neo4j as
// graph-api, with type definitions generated from graph-api's metamodel
// (bench/neo4j_graphql_typedefs.py writes each version's typeDefs.graphql), served by
// graphql-yoga. One script for every major version of the library: it runs from a
// version's directory (v6/, v7/), whose node_modules and typeDefs.graphql it uses.
//
//   cd bench/neo4j-graphql/v7 && node ../server.mjs [PORT]
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
import { createRequire } from "node:module";
import { join } from "node:path";

// The packages of the version directory this runs from, not of this file's directory:
// through require, so that @neo4j/graphql, graphql-yoga and this script share one
// (CommonJS) copy of graphql.
const versionDir = process.cwd();
const require = createRequire(join(versionDir, "package.json"));
const { Neo4jGraphQL } = require("@neo4j/graphql");
const { GraphQLScalarType } = require("graphql");
const { createYoga } = require("graphql-yoga");
const neo4j = require("neo4j-driver");
// Its package.json is not exported: read from node_modules.
const libraryVersion = JSON.parse(
  await readFile(join(versionDir, "node_modules", "@neo4j", "graphql", "package.json"), "utf8"),
).version;
const major = Number(libraryVersion.split(".")[0]);

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

if (major !== 6 && major !== 7) {
  console.error(`server.mjs: @neo4j/graphql ${libraryVersion} in ${versionDir}: only 6.x and 7.x`);
  process.exit(2);
}
const typeDefs = await readFile(join(versionDir, "typeDefs.graphql"), "utf8");
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

// Leave out the fields each version keeps only for backward compatibility (7.0 removed
// most of 6's, and with them their switches).
const excludeDeprecatedFields =
  major === 6
    ? {
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
      }
    : {};

const neoSchema = new Neo4jGraphQL({
  typeDefs,
  resolvers: { Instant },
  driver,
  features: { excludeDeprecatedFields },
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
  console.log(`ready on http://${host}:${port}/graphql (@neo4j/graphql ${libraryVersion})`);
});
