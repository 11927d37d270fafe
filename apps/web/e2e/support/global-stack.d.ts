import type { Stack } from './stack';

declare global {
  /** Set by global setup for global teardown: jest shares nothing else between the two. */
  var cairnE2eStack: Stack | undefined;
}
