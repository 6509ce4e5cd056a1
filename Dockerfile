# The API image: docker compose builds it (see docker-compose.yml).
FROM python:3.11-slim

WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1

COPY pyproject.toml README.md ./
COPY graph_api ./graph_api
COPY seeds ./seeds
RUN pip install --no-cache-dir .

ENV GRAPH_API_DEMO_MODEL=/app/seeds/demo.yaml
EXPOSE 8000
# Listens on all interfaces inside the container; compose publishes the port.
CMD ["graph-api", "serve", "--host", "0.0.0.0", "--port", "8000"]
