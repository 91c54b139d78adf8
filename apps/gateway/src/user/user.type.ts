import { Field, ID, Int, ObjectType } from 'type-graphql';
import { maskPersonnummer, type Participant, type Phase } from '@finsam-se/domain';
import type { SessionUser, UserView } from '@finsam-se/persistence';
import {
  GenderEnum,
  ParticipantStatusEnum,
  PhaseEnum,
  RoleEnum,
  TargetGroupFactorEnum,
  type ValueOf,
} from '../schema/enums.js';
import { DateTimeScalar, LocalDateScalar } from '../schema/scalars.js';
import { permissionsOf } from '../auth/authorize.js';
import { PermissionType } from '../auth/permission.type.js';

@ObjectType('Participant', {
  description: 'A deltagare. The personnummer is masked unless the role may see it.',
})
export class ParticipantType {
  @Field(() => ID) id!: string;
  @Field({ description: '19811218-**** unless your role may see the full number.' })
  personnummer!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field(() => GenderEnum) gender!: ValueOf<typeof GenderEnum>;
  @Field(() => LocalDateScalar) birthDate!: string;
  @Field(() => ID) homeMunicipalityId!: string;
  @Field(() => [TargetGroupFactorEnum]) targetGroupFactors!: ValueOf<
    typeof TargetGroupFactorEnum
  >[];
  @Field(() => Int) version!: number;
  // Resolved through loaders (latest enrollment):
  @Field(() => ID, { nullable: true }) coachId?: string | null;
  @Field(() => PhaseEnum, {
    nullable: true,
    description: 'The step of the latest enrollment (also after discharge: see `status`).',
  })
  currentPhase?: Phase | null;
  @Field(() => ID, { nullable: true }) enrollmentId?: string | null;
  @Field(() => ParticipantStatusEnum, {
    description:
      'Whether the person is enrolled now, waiting for a first enrollment, or discharged.',
  })
  status!: ValueOf<typeof ParticipantStatusEnum>;

  static from(p: Participant, showPersonnummer: boolean): ParticipantType {
    return Object.assign(new ParticipantType(), {
      id: p.id,
      personnummer: showPersonnummer
        ? `${p.personnummer.slice(0, 8)}-${p.personnummer.slice(8)}`
        : maskPersonnummer(p.personnummer),
      firstName: p.firstName,
      lastName: p.lastName,
      gender: p.gender,
      birthDate: p.birthDate,
      homeMunicipalityId: p.homeMunicipalityId,
      targetGroupFactors: [...p.targetGroupFactors],
      version: p.version,
    });
  }
}

@ObjectType('User')
export class UserType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() name!: string;
  @Field(() => RoleEnum) role!: ValueOf<typeof RoleEnum>;
  @Field(() => ID, { nullable: true }) municipalityId!: string | null;
  @Field(() => ID, { nullable: true }) coachId!: string | null;
  @Field() active!: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) lastLoginAt!: string | null;
  @Field(() => Int) version!: number;

  static from(u: UserView): UserType {
    return Object.assign(new UserType(), {
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      municipalityId: u.municipalityId,
      coachId: u.coachId,
      active: u.active,
      lastLoginAt: u.lastLoginAt,
      version: u.version,
    });
  }
}

@ObjectType('Me', { description: 'The signed-in user.' })
export class MeType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() name!: string;
  @Field(() => RoleEnum) role!: ValueOf<typeof RoleEnum>;
  @Field(() => ID, { nullable: true }) municipalityId!: string | null;
  @Field(() => ID, { nullable: true }) coachId!: string | null;
  @Field() associationName!: string;
  @Field(() => [PermissionType], {
    description:
      'What the user may do: every action the access policy allows their role, with its scope.',
  })
  permissions!: PermissionType[];

  static from(u: SessionUser): MeType {
    return Object.assign(new MeType(), {
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      municipalityId: u.municipalityId,
      coachId: u.coachId,
      associationName: u.associationName,
      permissions: permissionsOf(u).map(PermissionType.from),
    });
  }
}

@ObjectType('Session')
export class SessionType {
  @Field() token!: string;
  @Field(() => DateTimeScalar) expiresAt!: string;
  @Field(() => MeType) user!: MeType;
}
