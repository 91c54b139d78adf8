/**
 * A municipality's FTE as posts of at most one full-time each: 150 → [100, 50]. Zero
 * FTE is no post at all.
 */
export function splitIntoPosts(hundredths: number): number[] {
  const posts: number[] = [];
  for (let left = hundredths; left > 0; left -= 100) posts.push(Math.min(100, left));
  return posts;
}
