# syntax=docker/dockerfile:1
#
# One Dockerfile for the whole stack; each service is a target:
#   docker build --target users|catalog|playback|library|gateway -t sp0t1fy/<target> .
# (docker compose builds them all; each subgraph of schema/src/registry.ts is a target, a test checks.) Stages:
#   toolchain  Node plus a C++ toolchain for argon2 where no prebuilt binary fits; never in a runtime image
#   manifests  every package.json and the lockfile, so dependency layers rebuild only when those change
#   builder    npm ci and turbo build of every workspace (TypeScript, the web app)
#   *-deps     one workspace's production dependencies
#   runtime    slim Node, a non-root user, json logs; each service adds its deps, its build and a healthcheck

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS toolchain
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
ENV npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false TURBO_TELEMETRY_DISABLED=1
WORKDIR /app

FROM toolchain AS manifests
COPY . /context
RUN cd /context \
  && find . -name node_modules -prune -o -name package.json -print | xargs cp --parents -t /app \
  && cp package-lock.json /app/

FROM toolchain AS builder
COPY --from=manifests /app ./
RUN npm ci
COPY . .
RUN npx turbo run build --output-logs=errors-only

FROM toolchain AS users-deps
COPY --from=manifests /app ./
RUN npm ci --omit=dev --workspace=@sp0t1fy/users

FROM toolchain AS catalog-deps
COPY --from=manifests /app ./
RUN npm ci --omit=dev --workspace=@sp0t1fy/catalog

FROM toolchain AS playback-deps
COPY --from=manifests /app ./
RUN npm ci --omit=dev --workspace=@sp0t1fy/playback

FROM toolchain AS library-deps
COPY --from=manifests /app ./
RUN npm ci --omit=dev --workspace=@sp0t1fy/library

FROM toolchain AS gateway-deps
COPY --from=manifests /app ./
RUN npm ci --omit=dev --workspace=@sp0t1fy/gateway

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production LOG_FORMAT=json
WORKDIR /app
# The only writable folder, owned by the unprivileged `node` user of the official image. With
# PostgreSQL, Redis and S3 configured it holds nothing but uploads being received (staged, then
# moved to object storage); on embedded defaults it holds the databases and must be a volume.
RUN mkdir -p /var/lib/sp0t1fy && chown node:node /var/lib/sp0t1fy
COPY deploy/healthcheck.mjs deploy/healthcheck.mjs
STOPSIGNAL SIGTERM
USER node

FROM runtime AS users
COPY --from=users-deps /app ./
COPY --from=builder /app/platform/dist platform/dist
COPY --from=builder /app/subgraphs/users/dist subgraphs/users/dist
ENV HOST=0.0.0.0 USERS_PORT=4001 DATA_DIR=/var/lib/sp0t1fy
EXPOSE 4001
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD node deploy/healthcheck.mjs "http://127.0.0.1:${USERS_PORT}/ready"
CMD ["node", "subgraphs/users/dist/main.js"]

FROM runtime AS catalog
COPY --from=catalog-deps /app ./
COPY --from=builder /app/platform/dist platform/dist
COPY --from=builder /app/subgraphs/catalog/dist subgraphs/catalog/dist
ENV HOST=0.0.0.0 CATALOG_PORT=4002 DATA_DIR=/var/lib/sp0t1fy
EXPOSE 4002
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD node deploy/healthcheck.mjs "http://127.0.0.1:${CATALOG_PORT}/ready"
CMD ["node", "subgraphs/catalog/dist/main.js"]

FROM runtime AS playback
COPY --from=playback-deps /app ./
COPY --from=builder /app/platform/dist platform/dist
COPY --from=builder /app/subgraphs/playback/dist subgraphs/playback/dist
ENV HOST=0.0.0.0 PLAYBACK_PORT=4003 DATA_DIR=/var/lib/sp0t1fy
EXPOSE 4003
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD node deploy/healthcheck.mjs "http://127.0.0.1:${PLAYBACK_PORT}/ready"
CMD ["node", "subgraphs/playback/dist/main.js"]

FROM runtime AS library
COPY --from=library-deps /app ./
COPY --from=builder /app/platform/dist platform/dist
COPY --from=builder /app/subgraphs/library/dist subgraphs/library/dist
ENV HOST=0.0.0.0 LIBRARY_PORT=4004 DATA_DIR=/var/lib/sp0t1fy
EXPOSE 4004
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD node deploy/healthcheck.mjs "http://127.0.0.1:${LIBRARY_PORT}/ready"
CMD ["node", "subgraphs/library/dist/main.js"]

# The gateway serves the API, the /media proxy and the built web app. With every <NAME>_URL set (as
# the compose file does) it keeps no data; with none set it hosts every subgraph itself, so this one
# image also runs the whole product in one container (then set DATA_DIR=/var/lib/sp0t1fy, a volume).
FROM runtime AS gateway
COPY --from=gateway-deps /app ./
COPY --from=builder /app/platform/dist platform/dist
COPY --from=builder /app/subgraphs/users/dist subgraphs/users/dist
COPY --from=builder /app/subgraphs/catalog/dist subgraphs/catalog/dist
COPY --from=builder /app/subgraphs/playback/dist subgraphs/playback/dist
COPY --from=builder /app/subgraphs/library/dist subgraphs/library/dist
COPY --from=builder /app/schema/dist schema/dist
COPY --from=builder /app/schema/supergraph.graphql schema/supergraph.graphql
COPY --from=builder /app/gateway/dist gateway/dist
COPY --from=builder /app/web/dist web/dist
ENV GATEWAY_HOST=0.0.0.0 PORT=4000 WEB_DIST_DIR=/app/web/dist
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=3 \
  CMD node deploy/healthcheck.mjs "http://127.0.0.1:${PORT}/ready"
CMD ["node", "gateway/dist/main.js"]
