import type { TReflectionOfferState } from "../../../../core/negotiation/reflections";

const STATUS_WORDS = { pending: "waiting for an answer", confirmed: "confirmed: that’s it", "not-quite": "not quite yet" } as const;

/** A reflection as an onlooker reads it: the counsellor, or anyone after the step is done. */
export function ReflectionRecord({ offer, byName, aboutName }: { offer: TReflectionOfferState | null; byName: string; aboutName: string }) {
  return (
    <article className="card reflection" aria-live="polite" data-testid={`reflection-by-${byName}`}>
      <h3>
        {byName} about {aboutName}
      </h3>
      {!offer ? (
        <p className="muted">Nothing shared yet.</p>
      ) : (
        <>
          <Reflected need={offer.need} fear={offer.fear} />
          <p className={`reflection-status ${offer.status}`}>
            Attempt {offer.attempt}, {STATUS_WORDS[offer.status]}
          </p>
          {offer.status === "not-quite" && offer.clarification && <p className="clarification">“{offer.clarification}”</p>}
        </>
      )}
    </article>
  );
}

export function Reflected({ need, fear }: { need: string; fear: string }) {
  return (
    <dl className="reflected">
      <dt>Most important need</dt>
      <dd>{need}</dd>
      {fear && (
        <>
          <dt>Biggest fear</dt>
          <dd>{fear}</dd>
        </>
      )}
    </dl>
  );
}
