import { mount } from '../common/Root';
import { App } from './App';

mount({ basename: '/console', storageKey: 'eqyzmet.console.session', app: <App /> });
