// The demo's language menu: it sets lang (and dir) on <main>, and every widget inside follows.
const main = document.querySelector('main');
const menu = document.getElementById('language');
menu.addEventListener('change', () => {
  main.lang = menu.value;
  main.dir = menu.value === 'ar' ? 'rtl' : 'ltr';
});
