import { describe, expect, it } from "vitest";
import { serverForThisFile } from "../testing/server-for-file";
import type { TSpaceView } from "../../core/negotiation/view";
import { aStatement, aNeed } from "../../core/negotiation/testing/builders";
import { schedulerInputOf } from "../../core/negotiation/proposals";
import { checkProposal } from "../../core/scheduler/verify";
import { SLOTS_PER_DAY } from "../../core/week/slots";
import { SpaceStore } from "../commands/space-store";
import { closeAll, connectCouple, eventTypes, type Couple } from "../testing/space-clients";
import type { TestClient } from "../testing/test-server";

const file = serverForThisFile();

/** Both partners write, submit, skip reflecting, and wait for the first proposals. */
async function toProposals(): Promise<Couple & { view: TSpaceView }> {
  const couple = await connectCouple(file.server.url, await file.server.createSpace());
  const { ana, ben } = couple;
  await ana.send("statement:submit", { statement: aStatement() });
  await ben.send("statement:submit", {
    statement: aStatement({ needs: [aNeed({ id: "friends", label: "An evening with friends", kind: "friends", windows: [] })] }),
  });
  await ana.send("reflection:skip", { wantsToSkip: true });
  await ben.send("reflection:skip", { wantsToSkip: true });
  const view = await ana.waitFor(() => (ana.latestView()?.proposals?.set ? ana.latestView() : undefined), 15_000);
  return { ...couple, view };
}

const balancedOf = (client: TestClient) => client.latestView()!.proposals!.set!.proposals.find((p) => p.kind === "balanced")!;

describe("proposals (PRO1)", () => {
  it("appear for everyone once reflecting is done: 2–4 proposals that keep every hard rule", async () => {
    const { ana, ben, view, space } = await toProposals();
    const proposals = view.proposals!.set!.proposals;
    expect(proposals.length).toBeGreaterThanOrEqual(2);
    expect(proposals.length).toBeLessThanOrEqual(4);
    expect(proposals.map((p) => p.kind)).toEqual(expect.arrayContaining(["balanced", "start-small"]));
    const state = await new SpaceStore(file.testDb.database.db).refresh(space.spaceId);
    for (const proposal of proposals) expect(checkProposal(schedulerInputOf(state)!, proposal)).toEqual([]);
    await ben.waitFor(() => ben.latestView()?.proposals?.set);
    expect((await eventTypes(file.testDb.database, space.spaceId)).filter((t) => t === "proposals:generated")).toHaveLength(1);
    closeAll(ana, ben);
  });
});

describe("adjusting and agreeing (PRO2, AGR1)", () => {
  it("a moved block makes a new version, withdraws acceptances of the old one, and both accepting one version makes the agreement", async () => {
    const { ana, ben } = await toProposals();
    const balanced = balancedOf(ana);
    expect((await ana.send("proposal:accept", { proposalId: balanced.id, version: 1 })).ok).toBe(true);

    // Ben moves one of his blocks an hour later (or earlier) on the same day.
    const blockIndex = balanced.blocks.findIndex((b) => b.owner === "B");
    const block = balanced.blocks[blockIndex]!;
    const length = block.endSlot - block.startSlot;
    const candidates = [2, -2, 4, -4, 6, -6].map((d) => ({ startSlot: block.startSlot + d, endSlot: block.startSlot + d + length }));
    let moved = null;
    for (const candidate of candidates) {
      const sameDay = Math.floor(candidate.startSlot / SLOTS_PER_DAY) === Math.floor((candidate.endSlot - 1) / SLOTS_PER_DAY);
      if (candidate.startSlot < 0 || !sameDay) continue;
      const ack = await ben.send("proposal:adjust-block", { proposalId: balanced.id, version: 1, blockIndex, ...candidate });
      if (ack.ok) {
        moved = candidate;
        break;
      }
      expect(ack).toMatchObject({ ok: false, error: { code: "CONSTRAINT_VIOLATED" } });
    }
    expect(moved).not.toBeNull();
    const adjusted = await ana.waitFor(() => (balancedOf(ana).version === 2 ? balancedOf(ana) : undefined));
    expect(adjusted.blocks[blockIndex]).toMatchObject(moved!);
    expect(adjusted.explanation[0]).toMatch(/^Ben moved/);
    expect(ana.latestView()!.proposals!.acceptances).toEqual({});

    // An old version can no longer be accepted.
    expect(await ben.send("proposal:accept", { proposalId: balanced.id, version: 1 })).toMatchObject({ ok: false, error: { code: "STALE" } });
    expect((await ben.send("proposal:accept", { proposalId: balanced.id, version: 2 })).ok).toBe(true);
    expect((await ana.send("proposal:accept", { proposalId: balanced.id, version: 2 })).ok).toBe(true);
    const agreed = await ben.waitFor(() => (ben.latestView()?.phase === "agreed" ? ben.latestView() : undefined));
    const agreement = agreed.proposals!.agreements[0]!;
    expect(agreement.version).toBe(1);
    expect(agreement.proposal.version).toBe(2);
    const weeks = (Date.parse(agreement.reviewAt) - Date.parse(agreement.madeAt)) / (7 * 24 * 3600_000);
    expect(weeks).toBeGreaterThan(3.9);
    expect(weeks).toBeLessThan(4.1);
    expect(await ana.send("proposal:accept", { proposalId: balanced.id, version: 2 })).toMatchObject({ ok: false, error: { code: "WRONG_PHASE" } });
    closeAll(ana, ben);
  });

  it("a move into busy time is refused with a reason and changes nothing", async () => {
    const { ana, ben, space } = await toProposals();
    const balanced = balancedOf(ana);
    const blockIndex = balanced.blocks.findIndex((b) => b.owner === "A");
    // Monday 10:00–12:00 is office time for Ana.
    const ack = await ana.send("proposal:adjust-block", { proposalId: balanced.id, version: 1, blockIndex, startSlot: 20, endSlot: 24 });
    expect(ack).toMatchObject({ ok: false, error: { code: "CONSTRAINT_VIOLATED", message: expect.stringMatching(/busy/) } });
    expect(await eventTypes(file.testDb.database, space.spaceId)).not.toContain("proposal:adjusted");
    closeAll(ana, ben);
  });

  it("changing hours asks again: new proposals replace the old ones and acceptances are withdrawn", async () => {
    const { ana, ben, space } = await toProposals();
    const balanced = balancedOf(ana);
    await ana.send("proposal:accept", { proposalId: balanced.id, version: 1 });
    expect((await ana.send("wishes:adjust", { changes: [{ wishId: "need-1", idealHoursPerWeek: 8 }] })).ok).toBe(true);
    await ana.waitFor(() => ana.latestView()?.proposals?.set?.inputsVersion === 2, 15_000);
    expect(ana.latestView()!.proposals!.acceptances).toEqual({});
    expect(await ben.send("wishes:adjust", { changes: [{ wishId: "need-1", idealHoursPerWeek: 8 }] })).toMatchObject({
      ok: false,
      error: { code: "UNKNOWN_WISH" },
    });
    expect((await eventTypes(file.testDb.database, space.spaceId)).filter((t) => t === "proposals:generated")).toHaveLength(2);
    closeAll(ana, ben);
  });
});
