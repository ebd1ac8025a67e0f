// "Download report" for one interview: find the metadata, fetch the PDF with the bearer token,
// hand it to the browser through an object URL.
import * as api from '../api.js';
import { h, busy, showProblem, showNotice } from '../ui.js';

export async function downloadReport(interviewId, report = null) {
  const meta = report || await api.findReport(interviewId);
  if (!meta) {
    showNotice('Report not ready yet', 'The report is written a little after the interview ends. Try again in a minute.');
    return null;
  }
  const blob = await api.downloadReportPdf(meta);
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: `intervu-report-${interviewId.slice(0, 8)}.pdf`, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download time to start before the blob is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return meta;
}

export function reportButton(interviewId, { label = 'Download report', report = null, className = 'button', description = '' } = {}) {
  const button = h('button', { type: 'button', class: className, text: label,
    'aria-label': `${label} (PDF)${description ? ` for ${description}` : ''}` });
  button.addEventListener('click', async () => {
    try {
      await busy(button, 'Downloading…', () => downloadReport(interviewId, report));
    } catch (error) {
      showProblem(error);
    }
  });
  return button;
}

export function describeReport(meta) {
  const parts = [];
  if (meta.pageCount) parts.push(`${meta.pageCount} ${meta.pageCount === 1 ? 'page' : 'pages'}`);
  if (meta.sizeBytes) parts.push(`${Math.max(1, Math.round(meta.sizeBytes / 1024))} KB`);
  return parts.join(' · ');
}
