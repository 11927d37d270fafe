import { GuideProblemView, Problem } from '@cairn/contracts';
import { z } from 'zod';

/** A 422 answer of the content routes: the problem, and each problem of the guide with its line. */
const GuideProblemAnswer = Problem.extend({ problems: z.array(GuideProblemView).optional() });

export function readGuideProblems(body: unknown): GuideProblemView[] {
  const answer = GuideProblemAnswer.safeParse(body);
  return answer.success ? (answer.data.problems ?? []) : [];
}
