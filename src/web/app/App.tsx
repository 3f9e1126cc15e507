import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { AntdConfig } from './AntdConfig';
import { PreferencesProvider } from './preferences/PreferencesProvider';
import { createQueryClient } from './query-client';
import { router } from './router';

export const App = () => {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <PreferencesProvider>
        <AntdConfig>
          <RouterProvider router={router} />
        </AntdConfig>
      </PreferencesProvider>
    </QueryClientProvider>
  );
};
