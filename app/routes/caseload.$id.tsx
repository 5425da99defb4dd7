// /caseload/:id and the pages under it: the frame around one person's pages — a way back to the
// caseload and the tabs "Hồ sơ" (the profile, caseload.$id._index.tsx), "Gợi ý việc làm"
// (caseload.$id.matches.tsx), "Giới thiệu & theo dõi" (caseload.$id.pipeline.tsx) and "Phiên chợ"
// (caseload.$id.fairs.tsx). It loads nothing itself, so opening a tab reads (and audits) the record
// once, in that tab's own loader.
import { Anchor, Group, Stack } from '@mantine/core';
import { Link, NavLink, Outlet, useParams } from '@remix-run/react';
import classes from '#app/components/caseload/CaseTabs.module.css';
import { useT } from '#app/i18n/use-t.ts';

export default function CaseFrame() {
  const t = useT();
  const { id } = useParams();
  const base = `/caseload/${id}`;
  const tabs = [
    { to: base, label: t('caseload.tab.profile'), end: true },
    { to: `${base}/matches`, label: t('caseload.tab.matches'), end: false },
    { to: `${base}/pipeline`, label: t('caseload.tab.pipeline'), end: false },
    { to: `${base}/fairs`, label: t('fairPeople.case.tab'), end: false },
  ];
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/caseload" size="sm">
        {t('caseload.back')}
      </Anchor>
      <Group component="nav" aria-label={t('caseload.tabs.label')} gap="xs" wrap="wrap">
        {tabs.map((tab) => (
          <Anchor key={tab.to} component={NavLink} to={tab.to} end={tab.end} className={classes.tab}>
            {tab.label}
          </Anchor>
        ))}
      </Group>
      <Outlet />
    </Stack>
  );
}
