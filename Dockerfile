# The app image used by docker-compose.yml. `npm start` migrates, seeds an empty database, builds
# when needed and serves on port 3000. It runs as the image's unprivileged `node` user; .data (a
# volume in docker-compose.yml) keeps the random AUTH_SECRET that `npm start` makes on first start.
FROM node:20-bookworm-slim
WORKDIR /app
RUN chown node:node /app
USER node
COPY --chown=node:node package.json package-lock.json ./
COPY --chown=node:node scripts ./scripts
COPY --chown=node:node prisma ./prisma
COPY --chown=node:node prisma.config.ts ./
RUN npm ci
COPY --chown=node:node . .
RUN mkdir -p .data && npm run build && node -e "import('./scripts/lib/build-stamp.mjs').then(m => m.writeBuildStamp())"
ENV NODE_ENV=production PORT=3000
EXPOSE 3000
CMD ["npm", "start"]
