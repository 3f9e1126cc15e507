import { useParams } from 'react-router';
import { PublicFormView } from '../modules/web-forms/components/PublicFormView';

/** /f/:publicId — a public lead form; no sign-in, may be shown inside an iframe. */
export const PublicFormPage = () => {
  const { publicId = '' } = useParams();
  return <PublicFormView key={publicId} publicId={publicId} />;
};
