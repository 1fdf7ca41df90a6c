import { BreathingPacer } from "./breathing-pacer";

/** Ways to let the body settle meanwhile; rehearsing the argument keeps it flooded. */
export function CalmIdeas() {
  return (
    <div className="calm-ideas">
      <h3>While you wait</h3>
      <ul>
        <li>Take a walk, or step outside for some air.</li>
        <li>Breathe slowly: in for four, out for six.</li>
        <li>Write down what you feel, just for yourself.</li>
        <li>Do something soothing. Try not to replay the argument in your head.</li>
      </ul>
      <BreathingPacer />
    </div>
  );
}
