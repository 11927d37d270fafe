import { caseRoutes, RouteInput, RouteOutput } from '@cairn/contracts';

/** The parsed input and the answer of one of the case routes, by its name in `caseRoutes`. */
export type CaseIn<K extends keyof typeof caseRoutes> = RouteInput<(typeof caseRoutes)[K]>;
export type CaseOut<K extends keyof typeof caseRoutes> = Promise<
  RouteOutput<(typeof caseRoutes)[K]>
>;
