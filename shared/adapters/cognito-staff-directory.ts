import { ListUsersInGroupCommand, type CognitoIdentityProviderClient, type UserType } from '@aws-sdk/client-cognito-identity-provider';
import { agencyGroup, roleGroup, staffRoles } from '../../cdk/resources.js';
import type { StaffDirectory, StaffMember } from '../ports/index.js';

/**
 * The staff directory is the staff pool's groups: one per agency, one per role. An agency's staff
 * are the members of its group; their roles come from the role groups (one ListUsersInGroup per
 * role, not one call per person), so a listing costs 1 + 4 calls (more only past 60 per group).
 */
export class CognitoStaffDirectory implements StaffDirectory {
  constructor(
    private readonly cognito: CognitoIdentityProviderClient,
    private readonly poolId: () => string,
  ) {}

  private async members(group: string): Promise<UserType[]> {
    const out: UserType[] = [];
    let next: string | undefined;
    do {
      const r = await this.cognito.send(new ListUsersInGroupCommand({ UserPoolId: this.poolId(), GroupName: group, Limit: 60, NextToken: next }));
      out.push(...(r.Users ?? []));
      next = r.NextToken;
    } while (next);
    return out;
  }

  async listAgencyStaff(agencyId: string): Promise<StaffMember[]> {
    const [staff, ...byRole] = await Promise.all([this.members(agencyGroup(agencyId)), ...staffRoles.map((r) => this.members(roleGroup(r)))]);
    const rolesOf = new Map<string, string[]>();
    staffRoles.forEach((role, i) => {
      for (const u of byRole[i] ?? []) if (u.Username) rolesOf.set(u.Username, [...(rolesOf.get(u.Username) ?? []), role]);
    });
    return (staff ?? [])
      .filter((u) => u.Username && u.Enabled !== false)
      .map((u) => {
        const name = u.Attributes?.find((a) => a.Name === 'name')?.Value;
        return { username: u.Username!, ...(name ? { name } : {}), roles: rolesOf.get(u.Username!) ?? [] };
      })
      .sort((a, b) => a.username.localeCompare(b.username));
  }
}
