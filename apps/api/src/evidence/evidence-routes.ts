import { evidenceAnalysisRoutes, evidenceRoutes, RouteInput, RouteOutput } from '@cairn/contracts';

/** The parsed input and the answer of one of the evidence routes, by its name. */
export type EvidenceIn<K extends keyof typeof evidenceRoutes> = RouteInput<
  (typeof evidenceRoutes)[K]
>;
export type EvidenceOut<K extends keyof typeof evidenceRoutes> = Promise<
  RouteOutput<(typeof evidenceRoutes)[K]>
>;

export type AnalysisIn<K extends keyof typeof evidenceAnalysisRoutes> = RouteInput<
  (typeof evidenceAnalysisRoutes)[K]
>;
export type AnalysisOut<K extends keyof typeof evidenceAnalysisRoutes> = Promise<
  RouteOutput<(typeof evidenceAnalysisRoutes)[K]>
>;
