import { ModulePlaceholder } from '../modules/placeholders/components/ModulePlaceholder';
import type { PlaceholderModule } from '../modules/placeholders/components/placeholder-modules';

export const ModulePlaceholderPage = ({ module }: { module: PlaceholderModule }) => (
  <ModulePlaceholder module={module} />
);
