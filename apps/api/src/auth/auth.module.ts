import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { LoginService } from './login.service';
import { MeService } from './me.service';
import { PasswordCheckService } from './password-check.service';
import { RateLimiter } from './rate-limiter';
import { SessionsService } from './sessions.service';

@Module({
  controllers: [AuthController],
  providers: [LoginService, PasswordCheckService, SessionsService, MeService, RateLimiter],
  exports: [SessionsService, MeService, PasswordCheckService],
})
export class AuthModule {}
