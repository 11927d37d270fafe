import type { TemplatePreviewView } from '@cairn/contracts';
import type { CaseFormState } from '../cases/form-values';

/** A template form after an attempt: what was typed, and the preview when one was asked for. */
export interface TemplateFormState extends CaseFormState {
  text?: { subject: string; body: string };
  preview?: TemplatePreviewView;
}
