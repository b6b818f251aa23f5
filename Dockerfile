# The gateway image. Untested on the project's machines, which run no Docker engine.
# Build stage: sqlite3 (the user store) compiles from source and needs a toolchain.
FROM node:26-slim AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY resolvers ./resolvers
COPY loaders ./loaders
RUN npm ci && npm prune --omit=dev

FROM node:26-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY data ./data
COPY schema.graphql ./
USER node
EXPOSE 4000
ENTRYPOINT ["node", "bin/graphsense-graphql.js"]
CMD ["serve"]
