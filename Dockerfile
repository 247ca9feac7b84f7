# The app image for docker-compose.yml (docs/deployment.md): built once, run as any number of
# instances. `npm start` applies the migrations (safe when several instances start together:
# Prisma takes a lock) and serves the build.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
RUN npm ci && npx next build
EXPOSE 3000
ENV PORT=3000 FRESCO_DATA_DIR=/app/data
CMD ["node", "scripts/start.mjs"]
