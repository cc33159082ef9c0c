# qfin-bot as a container: `docker build -t qfin-bot .` then
# `docker run --env-file .env -p 3000:3000 -p 8080:8080 qfin-bot`. See docs/deploy.md.

# Build: the same install CI runs (npm ci, whose "prepare" compiles src/ to dist/ and bundles it).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY bin ./bin
COPY scripts/build.mjs ./scripts/
COPY src ./src
RUN npm ci --no-audit --no-fund

# Run: production dependencies only (no scripts: nothing left to compile), the compiled code and the releases.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HEALTH_PORT=8080
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY data ./data
USER node
# 3000: Slack HTTP mode (SLACK_PORT); 8080: /healthz and /readyz (HEALTH_PORT), in every mode.
EXPOSE 3000 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.HEALTH_PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form: node itself gets SIGTERM and shuts down gracefully (run with --init when sharding Discord).
CMD ["node", "bin/qfin.js", "start"]
