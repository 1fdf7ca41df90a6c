import type { TSpaceView } from "../../core/negotiation/view";
import { aNeed, aStatement } from "../../core/negotiation/testing/builders";
import { connectCouple, type Couple } from "./space-clients";
import type { TestServer } from "./test-server";

/**
 * A couple all the way to their agreement, through the real command path: both submit,
 * skip reflecting, wait for proposals, and both choose the balanced one. Ben may be on
 * another server process.
 */
export async function agreedCouple(
  server: Pick<TestServer, "url" | "createSpace">,
  names: { counsellor?: string } = {},
  serverUrlForBen = server.url,
): Promise<Couple & { agreed: TSpaceView }> {
  const couple = await connectCouple(server.url, await server.createSpace({ partnerA: "Ana", partnerB: "Ben", ...names }), serverUrlForBen);
  const { ana, ben } = couple;
  await ana.send("statement:submit", { statement: aStatement() });
  await ben.send("statement:submit", {
    statement: aStatement({ needs: [aNeed({ id: "friends", label: "An evening with friends", kind: "friends", windows: [] })] }),
  });
  await ana.send("reflection:skip", { wantsToSkip: true });
  await ben.send("reflection:skip", { wantsToSkip: true });
  const proposals = await ana.waitFor(() => ana.latestView()?.proposals?.set?.proposals, 20_000);
  const balanced = proposals.find((p) => p.kind === "balanced")!;
  await ana.send("proposal:accept", { proposalId: balanced.id, version: balanced.version });
  await ben.send("proposal:accept", { proposalId: balanced.id, version: balanced.version });
  const agreed = await ana.waitFor(() => (ana.latestView()?.phase === "agreed" ? ana.latestView() : undefined));
  await ben.waitFor(() => ben.latestView()?.phase === "agreed");
  return { ...couple, agreed };
}
