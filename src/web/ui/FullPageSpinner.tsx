import { Flex, Spin } from 'antd';
import { Logo } from './Logo';

/** Shown while the app finds out who is signed in; keeps the brand on screen instead of a blank page. */
export const FullPageSpinner = () => (
  <Flex
    vertical
    align="center"
    justify="center"
    gap={24}
    style={{ minHeight: '100vh' }}
    data-testid="app-loading"
  >
    <Logo size={40} />
    <Spin />
  </Flex>
);
