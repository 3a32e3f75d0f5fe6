import { defineMessages } from '../../i18n/define.js';

export const homeMessages = defineMessages(
  {
    navHome: 'Beranda',
    welcome: 'Selamat datang, {name}',
    yourRoles: 'Peran Anda',
    screens: 'Yang dapat Anda kerjakan',
    noScreens: 'Belum ada layar kerja untuk peran Anda di versi ini.',
  },
  {
    navHome: 'Home',
    welcome: 'Welcome, {name}',
    yourRoles: 'Your roles',
    screens: 'What you can do here',
    noScreens: 'There is no work screen for your roles in this version yet.',
  },
);
