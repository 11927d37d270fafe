import { Controller } from '@nestjs/common';
import { caseRoutes, RouteInput, RouteOutput } from '@cairn/contracts';
import { Input, Route } from '../core/http/route.decorator';
import { ChecklistService } from './checklist.service';
import { ConsentsService } from './consents.service';
import { NotesService } from './notes.service';
import { TimelineService } from './timeline.service';

type In<K extends keyof typeof caseRoutes> = RouteInput<(typeof caseRoutes)[K]>;
type Out<K extends keyof typeof caseRoutes> = Promise<RouteOutput<(typeof caseRoutes)[K]>>;

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
  getChecklist(@Input() input: In<'checklist'>): Out<'checklist'> {
    return this.checklist.get(input.params.id);
  }

  @Route(caseRoutes.setChecklistItem)
  setChecklistItem(@Input() input: In<'setChecklistItem'>): Out<'setChecklistItem'> {
    return this.checklist.set(input.params.id, input.params.itemId, input.body.state);
  }

  @Route(caseRoutes.listConsents)
  listConsents(@Input() input: In<'listConsents'>): Out<'listConsents'> {
    return this.consents.list(input.params.id);
  }

  @Route(caseRoutes.addConsent)
  addConsent(@Input() input: In<'addConsent'>): Out<'addConsent'> {
    return this.consents.add(input.params.id, input.body);
  }

  @Route(caseRoutes.withdrawConsent)
  withdrawConsent(@Input() input: In<'withdrawConsent'>): Out<'withdrawConsent'> {
    return this.consents.withdraw(input.params.id, input.params.consentId);
  }

  @Route(caseRoutes.listNotes)
  listNotes(@Input() input: In<'listNotes'>): Out<'listNotes'> {
    return this.notes.list(input.params.id);
  }

  @Route(caseRoutes.addNote)
  addNote(@Input() input: In<'addNote'>): Out<'addNote'> {
    return this.notes.add(input.params.id, input.body.body);
  }

  @Route(caseRoutes.timeline)
  getTimeline(@Input() input: In<'timeline'>): Out<'timeline'> {
    return this.timeline.list(input.params.id);
  }
}
