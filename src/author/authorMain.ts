import 'leaflet/dist/leaflet.css';
import '../app/app.css';
import './author.css';
import { createAuthor } from './createAuthor';

const root = document.getElementById('author');
if (root) createAuthor(root);
