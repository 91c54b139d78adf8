import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { SessionUser, UserView } from '@finsam-se/persistence';
import { RoleEnum, type ValueOf } from '../schema/enums.js';
import { DateTimeScalar } from '../schema/scalars.js';
import { permissionsOf } from '../auth/authorize.js';
import { PermissionType } from '../auth/permission.type.js';

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
