// A page's <title>: its own name, then the product's.
export function pageTitle(title: string) {
  return [{ title: `${title} · Phiên chợ của tình người` }];
}
