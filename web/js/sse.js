// A small text/event-stream reader for fetch bodies (the WHATWG SSE parsing rules, minus retry).
// Used instead of EventSource because EventSource cannot send the Authorization header.
export async function readEventStream(body, onEvent, signal) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let event = { type: 'message', data: [], id: null };
  const dispatch = () => {
    if (event.data.length) {
      const text = event.data.join('\n');
      let data = text;
      try { data = JSON.parse(text); } catch { /* plain text payload */ }
      onEvent({ type: event.type || 'message', data, id: event.id });
    }
    event = { type: 'message', data: [], id: null };
  };
  const onAbort = () => reader.cancel().catch(() => {});
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      const lines = buffer.split(/\r\n|\r|\n/);
      buffer = lines.pop();
      for (const line of lines) {
        if (line === '') { dispatch(); continue; }
        if (line.startsWith(':')) continue; // comment / heartbeat
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        let value = colon === -1 ? '' : line.slice(colon + 1);
        if (value.startsWith(' ')) value = value.slice(1);
        if (field === 'event') event.type = value;
        else if (field === 'data') event.data.push(value);
        else if (field === 'id') event.id = value;
      }
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
