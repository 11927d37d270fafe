import { intakeRoutes, RouteInput, RouteOutput } from '@cairn/contracts';

/** The parsed input and the answer of one of the intake routes, by its name. */
export type IntakeIn<K extends keyof typeof intakeRoutes> = RouteInput<(typeof intakeRoutes)[K]>;
export type IntakeOut<K extends keyof typeof intakeRoutes> = Promise<
  RouteOutput<(typeof intakeRoutes)[K]>
>;

/** How evidence a survivor sent is labelled for staff (it has no uploading member). */
export const INTAKE_UPLOADER = 'survivor, with the intake form';
export const FOLLOW_UP_UPLOADER = 'survivor, from the follow-up page';

/** The sealed fields of the intake domain, each bound to its row. */
export const ANSWERS_FIELD = 'intake.answers';
export const MESSAGE_FIELD = 'survivor-message.text';
