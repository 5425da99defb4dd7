// Scratch: a page added without a row in the access table (this commit is reverted).
export function loader() {
  return { ok: true };
}
export default function Scratch() {
  return null;
}
