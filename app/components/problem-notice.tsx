/** What went wrong, said calmly and announced at once; nothing when all is well. */
export function ProblemNotice({ problem }: { problem: string | null | undefined }) {
  if (!problem) return null;
  return (
    <p className="notice" role="alert">
      {problem}
    </p>
  );
}
