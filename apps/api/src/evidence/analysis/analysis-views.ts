import type {
  AuthenticityCheckView,
  AuthenticityVerdicts,
  EmailHeadersView,
  EvidenceAnalysisView,
  SimilarItemView,
} from '@cairn/contracts';
import type { EvidenceAnalysis, EvidenceAuthCheck } from '../../generated/prisma/client';

export function toCheckView(row: EvidenceAuthCheck): AuthenticityCheckView {
  return {
    mode: row.mode as AuthenticityCheckView['mode'],
    verdicts: row.verdicts as unknown as AuthenticityVerdicts,
    dnsAnswers: Array.isArray(row.dnsAnswers) ? row.dnsAnswers.length : 0,
    checkedAt: row.checkedAt.toISOString(),
  };
}

export interface AnalysisParts {
  analysis: EvidenceAnalysis;
  intakeCheck: EvidenceAuthCheck | null;
  attachments: { id: string; fileName: string | null }[];
  similar: SimilarItemView[];
}

export function toAnalysisView(
  kind: string,
  { analysis, intakeCheck, attachments, similar }: AnalysisParts,
): EvidenceAnalysisView {
  return {
    status: analysis.status as EvidenceAnalysisView['status'],
    failure: analysis.failure,
    analysedAt: analysis.analysedAt.toISOString(),
    email:
      kind === 'EMAIL' && analysis.emailHeaders
        ? {
            headers: analysis.emailHeaders as unknown as EmailHeadersView,
            authenticity: intakeCheck ? toCheckView(intakeCheck) : null,
            attachments,
          }
        : null,
    image:
      kind === 'IMAGE'
        ? {
            width: analysis.width,
            height: analysis.height,
            exif: (analysis.exif ?? {}) as Record<string, string | number>,
            hasGps: analysis.gpsSealed !== null,
            hasThumbnail: analysis.thumbStorageKey !== null,
            similar,
          }
        : null,
  };
}
