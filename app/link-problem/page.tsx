import Link from "next/link";

export const metadata = { title: "This link doesn’t open a space · Breathing Room" };

const EXPLANATIONS: Record<string, { title: string; body: string }> = {
  malformed: {
    title: "This link looks incomplete",
    body: "Part of the link may have been lost when it was copied. Please copy the whole link again, or scan its QR code.",
  },
  unknown: {
    title: "We don’t know this link",
    body: "It doesn’t open any space. Please check you have the newest link, or ask your partner to make a new one for you.",
  },
  revoked: {
    title: "This link has been replaced",
    body: "A newer link was made for this person, so this one no longer works. Please use the newest link you were given.",
  },
};

const WORKSPACE_UNKNOWN = {
  title: "This is not a workspace link",
  body: "It doesn’t open any counsellor’s workspace. A partner’s link opens only their own space; a workspace has a link of its own.",
};

export default async function LinkProblemPage({ searchParams }: { searchParams: Promise<{ reason?: string; kind?: string }> }) {
  const { reason, kind } = await searchParams;
  const explanation = kind === "workspace" && reason === "unknown" ? WORKSPACE_UNKNOWN : (EXPLANATIONS[reason ?? ""] ?? EXPLANATIONS.unknown!);
  return (
    <section className="card" aria-labelledby="link-problem-heading">
      <h1 id="link-problem-heading">{explanation.title}</h1>
      <p>{explanation.body}</p>
      <p className="muted">Nothing in your space is lost: your words are kept safely and your link is the only key.</p>
      <Link className="button quiet" href="/">
        Go to the start page
      </Link>
    </section>
  );
}
