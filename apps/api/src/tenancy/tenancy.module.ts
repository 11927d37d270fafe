import { Global, Module } from '@nestjs/common';
import { OrganizationKeysService } from './organization-keys.service';
import { OrganizationsService } from './organizations.service';

@Global()
@Module({
  providers: [OrganizationsService, OrganizationKeysService],
  exports: [OrganizationsService, OrganizationKeysService],
})
export class TenancyModule {}
