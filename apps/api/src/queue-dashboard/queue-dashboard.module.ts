import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { TenancyModule } from '../tenancy/tenancy.module';
import { QueueDashboard } from './queue-dashboard.service';

@Module({
  imports: [AuthModule, TenancyModule],
  providers: [QueueDashboard],
})
export class QueueDashboardModule {}
