// POST: sign out (ends the session in the database and clears the cookie).
import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { signOutForRequest } from '#app/adapters/session.server.ts';

export async function action({ request, context }: ActionFunctionArgs) {
  return redirect('/', { headers: { 'Set-Cookie': await signOutForRequest(request, context) } });
}

export function loader() {
  return redirect('/');
}
