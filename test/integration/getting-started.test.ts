import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import { addMember, makeOrgUser } from '../helpers/actors';
import { getDb } from '@/lib/db';
import { deployments } from '@/db/schema/operators';
import { labAccreditations } from '@/db/schema/organizations';
import type { Actor } from '@/lib/authz/actor';
import { getChecklist } from '@/lib/getting-started/read-checklist';
import { performSubmissionAction } from '@/lib/submissions/commands/perform-submission-action';
import { setFollow } from '@/lib/follows/commands/set-follow';

let database: TestDatabase;
let s: Scenario;
beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('gNB');
}, 120_000);
afterAll(async () => {
  await database.drop();
});

const doneIds = async (actor: Actor) => (await getChecklist(actor)).filter((step) => step.isDone).map((step) => step.id);

describe('the first-visit checklist follows what the organisation really did', () => {
  it('a new vendor has nothing done; products, versions, an SBOM and a submission check their steps', async () => {
    expect(await doneIds(await makeOrgUser('vendor'))).toEqual([]);
    expect(await doneIds(s.vendor)).toEqual(['product', 'version']);
    await submissionInState(s, 'draft');
    expect(await doneIds(s.vendor)).toEqual(['product', 'version', 'sbom']);
    await submissionInState(s, 'submitted');
    expect(await doneIds(s.vendor)).toEqual(['product', 'version', 'sbom', 'submit']);
  });

  it('a lab is checked for accreditation, an accepted assignment, results and a submitted evaluation', async () => {
    expect(await doneIds(await makeOrgUser('lab'))).toEqual([]);
    const row = await submissionInState(s, 'in_evaluation');
    expect(await doneIds(s.lab)).toEqual(['accreditation', 'accept', 'results']);
    await performSubmissionAction(s.lab, row.id, 'submit_evaluation', {});
    expect(await doneIds(s.lab)).toEqual(['accreditation', 'accept', 'results', 'evaluation']);
  });

  it('an accreditation that has not begun yet does not tick the lab’s accreditation step (it cannot take work yet)', async () => {
    const lab = await makeOrgUser('lab');
    await (await getDb()).insert(labAccreditations).values({ labOrgId: lab.orgId, body: 'DAkkS', standard: 'ISO/IEC 17025', scope: ['AMF'], validFrom: '2099-01-01', validUntil: '2100-01-01' });
    expect(await doneIds(lab)).toEqual([]);
  });

  it('a regulator is checked for a colleague, an accredited lab and a decision', async () => {
    const lone = await makeOrgUser('regulator');
    expect(await doneIds(lone)).toEqual(['accredit']);
    await addMember(lone);
    expect(await doneIds(lone)).toEqual(['colleague', 'accredit']);
    const row = await submissionInState(s, 'under_review');
    await performSubmissionAction(s.regulator, row.id, 'reject', { reason: 'Fails.' });
    expect(await doneIds(s.regulator2)).toEqual(['colleague', 'accredit', 'decide']);
  });

  it('an operator is checked for deployments and, per person, for following', async () => {
    const colleague = await addMember(s.operator);
    expect(await doneIds(s.operator)).toEqual([]);
    await (await getDb()).insert(deployments).values({ operatorOrgId: s.operator.orgId, productVersionId: s.version.id, quantity: 3 });
    await setFollow(s.operator, { networkFunction: 'AMF', isFollowing: true });
    expect(await doneIds(s.operator)).toEqual(['deployments', 'follow']);
    expect(await doneIds(colleague)).toEqual(['deployments']);
  });
});
