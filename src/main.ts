import 'leaflet/dist/leaflet.css';
import './app/app.css';
import './app/print.css';
import { createApp } from './app/createApp';

const root = document.getElementById('app');
if (root) createApp(root);
