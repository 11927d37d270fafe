import type { JobDef } from './job';
import { analyseEvidenceJob } from './analyse-evidence.job';
import { chainAuditJob } from './chain-audit.job';
import { buildEvidenceExportJob } from './build-evidence-export.job';
import { expireEvidenceExportsJob } from './expire-evidence-exports.job';
import { fireEscalationJob } from './fire-escalation.job';
import { purgeSessionsJob } from './purge-sessions.job';
import { sweepAuditInboxJob } from './sweep-audit-inbox.job';
import { sweepEvidenceAnalysisJob } from './sweep-evidence-analysis.job';
import { sweepEscalationsJob } from './sweep-escalations.job';
import { sweepEvidenceJob } from './sweep-evidence.job';
import { sweepIntakeJob } from './sweep-intake.job';
import { sendEmailJob } from '../mail/outbox/send-email.job';
import type { z } from 'zod';

/** Every job the worker runs, and the schedules of the periodic ones. */
export const JOBS: JobDef<z.ZodType>[] = [
  purgeSessionsJob,
  chainAuditJob,
  sweepAuditInboxJob,
  sweepEvidenceJob,
  buildEvidenceExportJob,
  expireEvidenceExportsJob,
  analyseEvidenceJob,
  sweepEvidenceAnalysisJob,
  sweepEscalationsJob,
  fireEscalationJob,
  sendEmailJob,
  sweepIntakeJob,
];

export const SCHEDULES: { job: JobDef<z.ZodType>; everyMs: number }[] = [
  { job: purgeSessionsJob, everyMs: 60 * 60 * 1000 },
  { job: sweepAuditInboxJob, everyMs: 15 * 1000 },
  { job: sweepEvidenceJob, everyMs: 60 * 60 * 1000 },
  { job: expireEvidenceExportsJob, everyMs: 60 * 60 * 1000 },
  { job: sweepEvidenceAnalysisJob, everyMs: 5 * 60 * 1000 },
  { job: sweepEscalationsJob, everyMs: 60 * 1000 },
  { job: sweepIntakeJob, everyMs: 60 * 60 * 1000 },
];
