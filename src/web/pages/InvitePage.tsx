import { useParams } from 'react-router';
import { AuthLayout } from '../modules/auth/components/AuthLayout';
import { AcceptInvitationForm } from '../modules/auth/components/AcceptInvitationForm';

export const InvitePage = () => {
  const { token = '' } = useParams();
  return (
    <AuthLayout>
      <AcceptInvitationForm token={token} />
    </AuthLayout>
  );
};
