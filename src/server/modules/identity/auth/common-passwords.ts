/**
 * Passwords of ten or more characters that appear near the top of public breach lists
 * (shorter ones are refused by length already). Compared case-insensitively.
 */
export const commonPasswords: ReadonlySet<string> = new Set([
  '1234567890', '0123456789', '12345678910', '1234567891', '123456789a', '123456789q', '1q2w3e4r5t',
  '1q2w3e4r5t6y', '1qaz2wsx3edc', '1qazxsw23edc', 'qwertyuiop', 'qwerty1234', 'qwerty12345', 'qwerty123456',
  'qwertyuiop1', 'qwertyuiop123', 'password12', 'password123', 'password1234', 'password12345', 'password!1',
  'password1!', 'passw0rd12', 'passw0rd123', 'p@ssw0rd12', 'p@ssw0rd123', 'p@ssword123', 'iloveyou12',
  'iloveyou123', 'abcdefghij', 'abcd123456', 'abcd1234567', 'a123456789', 'a1234567890', 'aa12345678',
  'aa123456789', '11111111111', '0000000000', '1111111111', '2222222222', '5555555555', '9876543210',
  '987654321a', 'qazwsxedcr', 'qazwsxedc123', 'asdfghjkl1', 'asdfghjkl123', 'zxcvbnm123', 'zxcvbnm1234',
  'woaini1314', 'woaini5201314', '5201314520', '1314520520', 'letmein123', 'welcome123', 'welcome1234',
  'admin12345', 'admin123456', 'administrator', 'changeme123', 'football123', 'baseball123', 'sunshine123',
  'princess123', 'michael123', 'superman123', 'dragon1234', 'monkey1234', 'master1234', 'trustno1234',
  'starwars123', 'computer123', 'whatever123', 'internet123', 'qwer123456', 'asdf123456', 'zaq12wsxcde',
  'zaq1zaq1zaq1', 'q1w2e3r4t5', 'q1w2e3r4t5y6', '1a2b3c4d5e', 'a1b2c3d4e5', 'abc1234567', 'abc123456789',
  'iloveyou1234', 'chocolate1', 'basketball', 'basketball1', 'football1', 'jordan2323', 'charlie123',
  'pokemon123', 'liverpool1', 'chelsea123', 'arsenal123', 'manchester', 'blink182182', 'qwerty123!',
  'password!!', 'password01', 'password11', 'password2024', 'password2025', 'password2026', 'welcome2024',
  'welcome2025', 'welcome2026', 'summer2024', 'summer2025', 'spring2025', 'winter2025', 'autumn2025',
  'aaaaaaaaaa', 'zzzzzzzzzz', 'qqqqqqqqqq', 'asdfasdfasdf', 'qweasdzxc1', 'qweasdzxc123', '1qaz2wsx3e',
  'mypassword', 'mypassword1', 'secret1234', 'secret12345', 'letmein1234', 'loveyou1314', 'woaini123456',
  'wangyuan123', 'zhang123456', 'li123456789', 'wang123456', 'zhangwei123', 'kehu123456', 'kehupassword',
  'customer123', 'crmpassword', 'crm1234567',
]);
