import { mount } from '../common/Root';
import { App } from './App';

mount({ basename: '/', storageKey: 'eqyzmet.portal.session', app: <App /> });
