import { contentRoutes, RouteInput, RouteOutput } from '@cairn/contracts';

/** The parsed input and the answer of one of the content routes, by its name in `contentRoutes`. */
export type ContentIn<K extends keyof typeof contentRoutes> = RouteInput<(typeof contentRoutes)[K]>;
export type ContentOut<K extends keyof typeof contentRoutes> = Promise<
  RouteOutput<(typeof contentRoutes)[K]>
>;
