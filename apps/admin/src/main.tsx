import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { SurveyPage, tokenFromPath } from './surveys/SurveyPage';

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');
// A one-time survey link (/survey/<token>) is answered without logging in.
const surveyToken = tokenFromPath(window.location.pathname);
createRoot(root).render(
  <StrictMode>{surveyToken ? <SurveyPage token={surveyToken} /> : <App />}</StrictMode>,
);
