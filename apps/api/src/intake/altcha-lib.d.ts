// altcha-lib publishes its v1 entry point through package exports, which this project's
// `node` module resolution does not read; Node and Jest resolve it at run time. The types
// are those of that entry point.
declare module 'altcha-lib/v1' {
  export * from 'altcha-lib/dist/esm/v1/index';
}
