#!/usr/bin/env node
// Audits a running GraphQL server against the GraphQL over HTTP spec with graphql-http.
//
//   node audit.mjs <graphql-url> [results.json]
//
// With GRAPHQL_AUDIT_AUTHORIZATION set, every request carries it as the Authorization
// header (the API refuses anonymous callers outside development).
//
// Prints one line per audit and a summary line, optionally writes every result (with the
// offending response of each failed audit) as JSON. Exits 1 when any MUST or SHOULD audit
// is not ok (graphql-http reports those as "error" and "warn"; a failed MAY is a "notice"),
// 2 on a usage error or when the audit itself cannot run (server unreachable).
import { writeFile } from 'node:fs/promises';
import { auditServer } from 'graphql-http';

const STATUSES = ['ok', 'warn', 'notice', 'error'];

/** The parts of a failed audit's response worth keeping: a Response cannot be stringified. */
async function describeResponse(res) {
  if (!res) return null;
  let body;
  try {
    // The audit may have read the body already; a clone of an unread one is still readable.
    const text = await (res.bodyUsed ? null : res.clone().text());
    try {
      body = text === null ? '<already read>' : JSON.parse(text);
    } catch {
      body = text.length > 5120 ? '<body is too long>' : text;
    }
  } catch (err) {
    body = `<unreadable: ${err}>`;
  }
  return {
    status: res.status,
    headers: Object.fromEntries(res.headers.entries()),
    body,
  };
}

/** fetch, adding the Authorization header from the environment when there is one. */
function authorizedFetch(input, init = {}) {
  const authorization = process.env.GRAPHQL_AUDIT_AUTHORIZATION;
  if (!authorization) return fetch(input, init);
  const headers = new Headers(init.headers ?? (input instanceof Request ? input.headers : {}));
  headers.set('authorization', authorization);
  return fetch(input, { ...init, headers });
}

/** True when the audit is a MUST or a SHOULD: those must pass. */
function isRequired(result) {
  return result.name.startsWith('MUST') || result.name.startsWith('SHOULD');
}

async function main() {
  const [url, outPath] = process.argv.slice(2);
  if (!url) {
    console.error('usage: node audit.mjs <graphql-url> [results.json]');
    return 2;
  }

  let results;
  try {
    results = await auditServer({ url, fetchFn: authorizedFetch });
  } catch (err) {
    // graphql-http throws (rather than reporting) only on fatal problems, e.g. no server.
    console.error(`graphql-http audit ${url}: could not run: ${err?.cause ?? err}`);
    return 2;
  }

  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0]));
  const failedRequired = [];
  for (const result of results) {
    counts[result.status] = (counts[result.status] ?? 0) + 1;
    const reason = result.status === 'ok' ? '' : ` -- ${result.reason}`;
    console.log(`${result.status.padEnd(6)} ${result.id} ${result.name}${reason}`);
    if (isRequired(result) && result.status !== 'ok') failedRequired.push(result);
  }

  const summary =
    `graphql-http audit ${url}: ${counts.ok} ok, ${counts.warn} warn, ` +
    `${counts.notice} notice, ${counts.error} error`;
  console.log(summary);

  if (outPath) {
    const detailed = await Promise.all(
      results.map(async ({ response, ...rest }) => ({
        ...rest,
        required: isRequired(rest),
        ...(response ? { response: await describeResponse(response) } : {}),
      })),
    );
    const report = {
      url,
      summary,
      counts,
      failedRequired: failedRequired.map(({ id, name }) => ({ id, name })),
      results: detailed,
    };
    await writeFile(outPath, `${JSON.stringify(report, null, 2)}\n`);
  }

  return failedRequired.length ? 1 : 0;
}

process.exitCode = await main();
