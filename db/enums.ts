// Value lists shared by the schema and the browser (kept free of Drizzle so pages can import them).
export const roles = ['administrator', 'counsellor', 'employer', 'returnee', 'organiser'] as const;
export type Role = (typeof roles)[number];

export const locales = ['vi', 'en'] as const;
export type Locale = (typeof locales)[number];
