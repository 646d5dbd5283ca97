export { default } from '../server/test/global-setup.js';
