import { Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { RedirectIfSignedIn } from '../modules/auth/components/RedirectIfSignedIn';
import { RequireAuth } from '../modules/auth/components/RequireAuth';
import { SetupGate } from '../modules/auth/components/SetupGate';
import { placeholderModules } from '../modules/placeholders/components/placeholder-modules';
import { AppLayout } from '../modules/shell/components/AppLayout';
import { RouteErrorPage } from '../pages/RouteErrorPage';
import { FullPageSpinner } from '../ui/FullPageSpinner';
import { lazyPage } from './lazy-page';

const SetupPage = lazyPage(() => import('../pages/SetupPage'), 'SetupPage');
const SignInPage = lazyPage(() => import('../pages/SignInPage'), 'SignInPage');
const InvitePage = lazyPage(() => import('../pages/InvitePage'), 'InvitePage');
const HomePage = lazyPage(() => import('../pages/HomePage'), 'HomePage');
const ModulePlaceholderPage = lazyPage(
  () => import('../pages/ModulePlaceholderPage'),
  'ModulePlaceholderPage',
);
const NotFoundPage = lazyPage(() => import('../pages/NotFoundPage'), 'NotFoundPage');
const SettingsPage = lazyPage(() => import('../pages/SettingsPage'), 'SettingsPage');
const SettingsIndexPage = lazyPage(() => import('../pages/settings/SettingsIndexPage'), 'SettingsIndexPage');
const OrganisationSettingsPage = lazyPage(
  () => import('../pages/settings/OrganisationSettingsPage'),
  'OrganisationSettingsPage',
);
const ProfileSettingsPage = lazyPage(
  () => import('../pages/settings/ProfileSettingsPage'),
  'ProfileSettingsPage',
);
const UsersSettingsPage = lazyPage(() => import('../pages/settings/UsersSettingsPage'), 'UsersSettingsPage');
const TeamsSettingsPage = lazyPage(() => import('../pages/settings/TeamsSettingsPage'), 'TeamsSettingsPage');
const ApiKeysSettingsPage = lazyPage(
  () => import('../pages/settings/ApiKeysSettingsPage'),
  'ApiKeysSettingsPage',
);
const AuditSettingsPage = lazyPage(() => import('../pages/settings/AuditSettingsPage'), 'AuditSettingsPage');
const JobsSettingsPage = lazyPage(() => import('../pages/settings/JobsSettingsPage'), 'JobsSettingsPage');
const CustomerPage = lazyPage(() => import('../pages/CustomerPage'), 'CustomerPage');
const CustomersPage = lazyPage(() => import('../pages/CustomersPage'), 'CustomersPage');
const NewCustomerPage = lazyPage(() => import('../pages/NewCustomerPage'), 'NewCustomerPage');
const DuplicatesPage = lazyPage(() => import('../pages/DuplicatesPage'), 'DuplicatesPage');
const ImportCustomersPage = lazyPage(() => import('../pages/ImportCustomersPage'), 'ImportCustomersPage');
const SegmentsPage = lazyPage(() => import('../pages/SegmentsPage'), 'SegmentsPage');
const OrdersPage = lazyPage(() => import('../pages/OrdersPage'), 'OrdersPage');
const ImportOrdersPage = lazyPage(() => import('../pages/ImportOrdersPage'), 'ImportOrdersPage');
const ProductsPage = lazyPage(() => import('../pages/ProductsPage'), 'ProductsPage');
const AnalyticsPage = lazyPage(() => import('../pages/AnalyticsPage'), 'AnalyticsPage');
const OrderChannelsSettingsPage = lazyPage(
  () => import('../pages/settings/OrderChannelsSettingsPage'),
  'OrderChannelsSettingsPage',
);
const PublicFormPage = lazyPage(() => import('../pages/PublicFormPage'), 'PublicFormPage');
const WebFormsSettingsPage = lazyPage(
  () => import('../pages/settings/WebFormsSettingsPage'),
  'WebFormsSettingsPage',
);
const CustomFieldsSettingsPage = lazyPage(
  () => import('../pages/settings/CustomFieldsSettingsPage'),
  'CustomFieldsSettingsPage',
);
const PicklistsSettingsPage = lazyPage(
  () => import('../pages/settings/PicklistsSettingsPage'),
  'PicklistsSettingsPage',
);

/**
 * Public: /setup (first run only), /sign-in, /invite/:token, /f/:publicId (lead forms).
 * Signed in: / (home), one page per module, /settings/* (each section gated by permission).
 */
export const router = createBrowserRouter([
  // Public lead forms live outside setup and sign-in: visitors (often in an iframe) never see the app.
  {
    path: '/f/:publicId',
    errorElement: <RouteErrorPage />,
    element: (
      <Suspense fallback={<FullPageSpinner />}>
        <PublicFormPage />
      </Suspense>
    ),
  },
  {
    element: <SetupGate />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/setup', element: <SetupPage /> },
      { element: <RedirectIfSignedIn />, children: [{ path: '/sign-in', element: <SignInPage /> }] },
      { path: '/invite/:token', element: <InvitePage /> },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            errorElement: <RouteErrorPage />,
            children: [
              { index: true, element: <HomePage /> },
              { path: '/customers', element: <CustomersPage /> },
              { path: '/customers/new', element: <NewCustomerPage /> },
              { path: '/customers/duplicates', element: <DuplicatesPage /> },
              { path: '/customers/import', element: <ImportCustomersPage /> },
              { path: '/customers/:id', element: <CustomerPage /> },
              { path: '/segments', element: <SegmentsPage /> },
              { path: '/orders', element: <OrdersPage /> },
              { path: '/orders/import', element: <ImportOrdersPage /> },
              { path: '/products', element: <ProductsPage /> },
              { path: '/analytics', element: <AnalyticsPage /> },
              ...placeholderModules.map((module) => ({
                path: `/${module}`,
                element: <ModulePlaceholderPage module={module} />,
              })),
              {
                path: '/settings',
                element: <SettingsPage />,
                children: [
                  { index: true, element: <SettingsIndexPage /> },
                  { path: 'organisation', element: <OrganisationSettingsPage /> },
                  { path: 'profile', element: <ProfileSettingsPage /> },
                  { path: 'users', element: <UsersSettingsPage /> },
                  { path: 'teams', element: <TeamsSettingsPage /> },
                  { path: 'api-keys', element: <ApiKeysSettingsPage /> },
                  { path: 'audit', element: <AuditSettingsPage /> },
                  { path: 'jobs', element: <JobsSettingsPage /> },
                  { path: 'custom-fields', element: <CustomFieldsSettingsPage /> },
                  { path: 'picklists', element: <PicklistsSettingsPage /> },
                  { path: 'web-forms', element: <WebFormsSettingsPage /> },
                  { path: 'order-channels', element: <OrderChannelsSettingsPage /> },
                ],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
