// A province → commune pair of pickers' state: choosing a province loads its communes from
// /resources/communes; until the browser has loaded another province, the list the server sent
// (for the province the form was rendered with) is the right one. Without JavaScript the server's
// list is all there is (a form sent back with a new province brings that province's communes).
import { useFetcher } from '@remix-run/react';
import { useState } from 'react';

type Option = { code: string; name: string };

export function useProvinceCommunes(initialProvince: string, serverCommunes: readonly Option[]) {
  const [province, setProvince] = useState(initialProvince);
  const fetcher = useFetcher<Option[]>();
  const communes = fetcher.data && province !== '' ? fetcher.data : province === initialProvince ? serverCommunes : [];
  return {
    province,
    communes,
    loading: fetcher.state === 'loading',
    /** The commune to show chosen: the form's own while its province is still the one chosen; none for a new province. */
    chosenCommune: (formCommune: string | undefined) => (province === initialProvince ? (formCommune ?? '') : ''),
    chooseProvince(code: string) {
      setProvince(code);
      if (code) fetcher.load(`/resources/communes?province=${encodeURIComponent(code)}`);
    },
  };
}
