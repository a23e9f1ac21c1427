// The Vite plugin in scripts/vite-call-now-data.ts serves data/areas/*.json?call-now.
declare module '*.json?call-now' {
  const view: unknown;
  export default view;
}
