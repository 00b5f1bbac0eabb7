# The app image used by docker-compose.yml. `npm start` migrates, seeds an empty database, builds
# when needed and serves on port 3000.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci
COPY . .
RUN npm run build && node -e "import('./scripts/lib/build-stamp.mjs').then(m => m.writeBuildStamp())"
ENV NODE_ENV=production PORT=3000
EXPOSE 3000
CMD ["npm", "start"]
