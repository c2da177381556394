/// <reference types="vitest/config" />
import { defineConfig } from 'vite'

// One bundle for every page: each page's island starts from src/main.ts and
// returns early where its element is absent. File names carry no hash so the
// Thymeleaf layout can name them (/assets/main.js); Maven copies the output
// into the jar's static/ folder.
export default defineConfig({
  build: {
    outDir: '../target/frontend-dist',
    emptyOutDir: true,
    rolldownOptions: {
      input: { main: 'src/main.ts' },
      output: {
        entryFileNames: 'assets/[name].js',
        chunkFileNames: 'assets/chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name][extname]',
      },
    },
  },
  test: {
    environment: 'happy-dom',
  },
})
