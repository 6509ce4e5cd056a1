// Starts GraphiQL on this page: the editors, the explorer plugin, the headers editor,
// queries sent to this page's own URL (and subscriptions over its WebSocket). The query
// and variables a link carries (?q=..., ?variables=...; not ?query=, which /graphql
// runs as a GET request instead of serving this page) are opened in the editors, and
// edits to them are written back to the address bar, so that a link shares them. Headers
// (tokens) are never put in the address bar; GraphiQL keeps them in the browser's storage.
"use strict";

const FIRST_QUERY = `# Write a query here; run it with Ctrl-Enter or the play
# button. Ctrl-Space completes from the schema. The icons
# on the left open the documentation, the history and the
# explorer (a query built by ticking fields).
#
# Where a token is needed, put it under Headers below:
#   {"Authorization": "Bearer <API key or JWT>"}
#
# The journeys of the graph, with their stages:
{
  journeys(first: 10) {
    totalCount
    nodes {
      key
      name
      stages { key name }
    }
  }
}
`;

(function () {
  const parameters = Object.fromEntries(new URLSearchParams(window.location.search));

  function updateURL(changed) {
    Object.assign(parameters, changed);
    const kept = Object.entries(parameters).filter(([, value]) => Boolean(value));
    history.replaceState(null, "", "?" + new URLSearchParams(kept).toString());
  }

  const fetchURL = window.location.href.split("?")[0];
  const subscriptionURL = new URL(fetchURL);
  subscriptionURL.protocol = subscriptionURL.protocol === "https:" ? "wss:" : "ws:";

  const fetcher = GraphiQL.createFetcher({
    url: fetchURL,
    subscriptionUrl: subscriptionURL.toString(),
  });
  const explorer = GraphiQLPluginExplorer.explorerPlugin();

  function GraphiQLWithExplorer() {
    const [query, setQuery] = React.useState(parameters.q || FIRST_QUERY);
    const [variables, setVariables] = React.useState(parameters.variables);

    return React.createElement(GraphiQL, {
      fetcher: fetcher,
      plugins: [explorer],
      defaultEditorToolsVisibility: true,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: true,
      inputValueDeprecation: true,
      query: query,
      variables: variables,
      onEditQuery: function (edited) {
        setQuery(edited);
        updateURL({ q: edited });
      },
      onEditVariables: function (edited) {
        setVariables(edited);
        updateURL({ variables: edited });
      },
    });
  }

  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQLWithExplorer),
  );
})();
