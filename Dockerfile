# syntax=docker/dockerfile:1
#
# One Dockerfile for the whole stack. Every subgraph of schema/src/registry.ts is the one `subgraph`
# target, given its name and registry port:
#   docker build --target subgraph --build-arg SUBGRAPH=catalog --build-arg PORT=4002 -t sp0t1fy/catalog .
#   docker build --target gateway -t sp0t1fy/gateway .
# (docker compose builds them all; a test checks the compose file's build arguments against the registry.)
# Stages:
#   toolchain      Node plus a C++ toolchain for argon2 where no prebuilt binary fits; never in a runtime image
#   manifests      every package.json and the lockfile, so dependency layers rebuild only when those change
#   builder        npm ci and turbo build of every workspace (TypeScript, the web app)
#   *-deps         one workspace's production dependencies
#   runtime        slim Node, a non-root user, json logs; each image adds its deps, its build and a healthcheck

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
# Every subgraph's build under one folder, for the gateway image, which can host them all.
RUN mkdir /builds && cp -r --parents subgraphs/*/dist /builds

FROM toolchain AS subgraph-deps
ARG SUBGRAPH
RUN test -n "${SUBGRAPH}" || { echo 'build the subgraph target with --build-arg SUBGRAPH=<registry name>' >&2; exit 1; }
COPY --from=manifests /app ./
RUN npm ci --omit=dev --workspace=subgraphs/${SUBGRAPH}

# The gateway's dependencies include every subgraph's (through @sp0t1fy/schema), so it can host them.
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

# A subgraph listens on its registry port, the default of its <NAME>_PORT. Its healthcheck is left to
# the deployment, which knows the port it runs on (the compose file checks
# `node /app/deploy/healthcheck.mjs http://127.0.0.1:<port>/ready`).
FROM runtime AS subgraph
ARG SUBGRAPH
ARG PORT
COPY --from=subgraph-deps /app ./
COPY --from=builder /app/platform/dist platform/dist
COPY --from=builder /app/subgraphs/${SUBGRAPH}/dist subgraphs/${SUBGRAPH}/dist
ENV HOST=0.0.0.0 DATA_DIR=/var/lib/sp0t1fy
EXPOSE ${PORT}
WORKDIR /app/subgraphs/${SUBGRAPH}
CMD ["node", "dist/main.js"]

# The gateway serves the API, the /media proxy and the built web app. With every <NAME>_URL set (as
# the compose file does) it keeps no data; with none set it hosts every subgraph itself, so this one
# image also runs the whole product in one container (then set DATA_DIR=/var/lib/sp0t1fy, a volume).
FROM runtime AS gateway
COPY --from=gateway-deps /app ./
COPY --from=builder /app/platform/dist platform/dist
COPY --from=builder /builds/subgraphs subgraphs
COPY --from=builder /app/schema/dist schema/dist
COPY --from=builder /app/schema/supergraph.graphql schema/supergraph.graphql
COPY --from=builder /app/gateway/dist gateway/dist
COPY --from=builder /app/web/dist web/dist
ENV GATEWAY_HOST=0.0.0.0 PORT=4000 WEB_DIST_DIR=/app/web/dist
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=3 \
  CMD node /app/deploy/healthcheck.mjs "http://127.0.0.1:${PORT}/ready"
CMD ["node", "gateway/dist/main.js"]
