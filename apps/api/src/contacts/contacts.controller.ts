import { Controller } from '@nestjs/common';
import { caseRoutes } from '@cairn/contracts';
import type { CaseIn, CaseOut } from '../cases/case-routes';
import { Input, Route } from '../core/http/route.decorator';
import { ContactsService } from './contacts.service';

@Controller()
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Route(caseRoutes.listContacts)
  list(@Input() input: CaseIn<'listContacts'>): CaseOut<'listContacts'> {
    return this.contacts.list(input.params.id, input.query);
  }

  @Route(caseRoutes.addContact)
  add(@Input() input: CaseIn<'addContact'>): CaseOut<'addContact'> {
    return this.contacts.add(input.params.id, input.body);
  }

  @Route(caseRoutes.updateContact)
  update(@Input() input: CaseIn<'updateContact'>): CaseOut<'updateContact'> {
    return this.contacts.update(input.params.id, input.params.contactId, input.body);
  }
}
