"""GraphQL over HTTP: media types, status codes and the graphql-http audit."""
