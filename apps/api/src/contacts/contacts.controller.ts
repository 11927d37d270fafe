import { Controller } from '@nestjs/common';
import { caseRoutes, RouteInput, RouteOutput } from '@cairn/contracts';
import { Input, Route } from '../core/http/route.decorator';
import { ContactsService } from './contacts.service';

@Controller()
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Route(caseRoutes.listContacts)
  list(
    @Input() input: RouteInput<typeof caseRoutes.listContacts>,
  ): Promise<RouteOutput<typeof caseRoutes.listContacts>> {
    return this.contacts.list(input.params.id);
  }

  @Route(caseRoutes.addContact)
  add(
    @Input() input: RouteInput<typeof caseRoutes.addContact>,
  ): Promise<RouteOutput<typeof caseRoutes.addContact>> {
    return this.contacts.add(input.params.id, input.body);
  }

  @Route(caseRoutes.updateContact)
  update(
    @Input() input: RouteInput<typeof caseRoutes.updateContact>,
  ): Promise<RouteOutput<typeof caseRoutes.updateContact>> {
    return this.contacts.update(input.params.id, input.params.contactId, input.body);
  }
}
