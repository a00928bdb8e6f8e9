export { exportHsdsJson } from './hsds';
