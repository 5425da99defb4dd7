// What a page's form action answers, shared by the actions (server) and the forms (browser).

/** A form's fields as posted (strings), also used for the values a form starts with. */
export type FormValues = Record<string, string>;

/** Field messages, an alert, the typed values, or success — for the form named by `target`. */
export type FormActionData = {
  fields?: Record<string, string>;
  formError?: string;
  /** The alert is a state conflict (e.g. publishing while unverified), not a typing mistake. */
  conflict?: boolean;
  values?: FormValues;
  ok?: boolean;
  message?: string;
  /** Which record or button the answer belongs to, when a page has several forms. */
  target?: string;
  /** A secret shown once after it is made (a sign-in code, an API token). */
  secret?: string;
  /** The phone a new sign-in uses. */
  phone?: string;
  /**
   * The communes of a province chosen on the form, sent back with a refusal: without JavaScript a
   * province → commune picker shows them after the first submit.
   */
  communes?: { code: string; name: string }[];
};
