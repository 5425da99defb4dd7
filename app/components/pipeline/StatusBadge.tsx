// Status badges of the pipeline: a referral, a training enrolment, a loan or legal-help case.
import { Badge } from '@mantine/core';
import { useT } from '#app/i18n/use-t.ts';
import type { EnrolmentStatus, ReferralStatus, SupportStatus } from '#app/services/pipeline/rules.ts';

const referralColors: Record<ReferralStatus, string> = {
  suggested: 'gray',
  requested: 'blue',
  introduction_requested: 'violet',
  referred: 'cyan',
  interview_scheduled: 'indigo',
  offered: 'orange',
  hired: 'teal',
  not_hired: 'red',
  withdrawn: 'gray',
};

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const t = useT();
  return (
    <Badge tt="none" variant="light" color={referralColors[status]}>
      {t(`pipeline.status.${status}`)}
    </Badge>
  );
}

const enrolmentColors: Record<EnrolmentStatus, string> = {
  applied: 'blue',
  enrolled: 'indigo',
  completed: 'cyan',
  certified: 'teal',
  dropped_out: 'gray',
};

export function EnrolmentStatusBadge({ status }: { status: EnrolmentStatus }) {
  const t = useT();
  return (
    <Badge tt="none" variant="light" color={enrolmentColors[status]}>
      {t(`pipeline.enrolment.status.${status}`)}
    </Badge>
  );
}

const supportColors: Record<SupportStatus, string> = {
  needed: 'blue',
  eligible: 'cyan',
  not_eligible: 'gray',
  referred_to_bank: 'indigo',
  granted: 'teal',
  refused: 'red',
  done: 'teal',
};

export function SupportStatusBadge({ status }: { status: SupportStatus }) {
  const t = useT();
  return (
    <Badge tt="none" variant="light" color={supportColors[status]}>
      {t(`pipeline.support.status.${status}`)}
    </Badge>
  );
}
