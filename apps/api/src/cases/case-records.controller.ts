import { Controller } from '@nestjs/common';
import { caseRoutes } from '@cairn/contracts';
import { Input, Route } from '../core/http/route.decorator';
import type { CaseIn, CaseOut } from './case-routes';
import { ChecklistService } from './checklist.service';
import { ConsentsService } from './consents.service';
import { NotesService } from './notes.service';
import { TimelineService } from './timeline.service';

/** The records kept on a case besides incidents and contacts: checklist, consents, notes, timeline. */
@Controller()
export class CaseRecordsController {
  constructor(
    private readonly checklist: ChecklistService,
    private readonly consents: ConsentsService,
    private readonly notes: NotesService,
    private readonly timeline: TimelineService,
  ) {}

  @Route(caseRoutes.checklist)
  getChecklist(@Input() input: CaseIn<'checklist'>): CaseOut<'checklist'> {
    return this.checklist.get(input.params.id);
  }

  @Route(caseRoutes.setChecklistItem)
  setChecklistItem(@Input() input: CaseIn<'setChecklistItem'>): CaseOut<'setChecklistItem'> {
    return this.checklist.set(input.params.id, input.params.itemId, input.body.state);
  }

  @Route(caseRoutes.listConsents)
  listConsents(@Input() input: CaseIn<'listConsents'>): CaseOut<'listConsents'> {
    return this.consents.list(input.params.id);
  }

  @Route(caseRoutes.addConsent)
  addConsent(@Input() input: CaseIn<'addConsent'>): CaseOut<'addConsent'> {
    return this.consents.add(input.params.id, input.body);
  }

  @Route(caseRoutes.withdrawConsent)
  withdrawConsent(@Input() input: CaseIn<'withdrawConsent'>): CaseOut<'withdrawConsent'> {
    return this.consents.withdraw(input.params.id, input.params.consentId);
  }

  @Route(caseRoutes.listNotes)
  listNotes(@Input() input: CaseIn<'listNotes'>): CaseOut<'listNotes'> {
    return this.notes.list(input.params.id, input.query);
  }

  @Route(caseRoutes.addNote)
  addNote(@Input() input: CaseIn<'addNote'>): CaseOut<'addNote'> {
    return this.notes.add(input.params.id, input.body.body);
  }

  @Route(caseRoutes.timeline)
  getTimeline(@Input() input: CaseIn<'timeline'>): CaseOut<'timeline'> {
    return this.timeline.list(input.params.id, input.query);
  }
}
