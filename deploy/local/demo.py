#!/usr/bin/env python3
"""A scripted interview through the gateway only (python3 standard library, no packages).

register -> confirmation mail read from GreenMail -> confirm -> login -> upload the sample resume and
job description -> answer every question (spoken samples with their client transcripts, typed
text for the rest) -> wait for the report -> save the PDF. Prints what happens as it goes.
"""
import argparse
import json
import os
import re
import sys
import time
import uuid
from email import message_from_string
from email import policy as mail_policy
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, "samples")


class ApiError(Exception):
    pass


class Client:
    def __init__(self, base, token=None):
        self.base = base.rstrip("/")
        self.token = token

    def call(self, method, path, body=None, headers=None, raw=False, ok=(200, 201, 202, 204)):
        headers = dict(headers or {})
        data = None
        if isinstance(body, (dict, list)):
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        elif isinstance(body, bytes):
            data = body
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        headers.setdefault("Accept", "application/json")
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=120) as resp:
                payload = resp.read()
                status, resp_headers = resp.status, resp.headers
        except urllib.error.HTTPError as e:
            payload, status, resp_headers = e.read(), e.code, e.headers
        if status not in ok:
            raise ApiError(f"{method} {path} -> {status}: {payload[:600].decode(errors='replace')}")
        if raw:
            return status, resp_headers, payload
        parsed = json.loads(payload) if payload and payload.strip()[:1] in (b"{", b"[") else None
        return status, resp_headers, parsed


def multipart(fields):
    """fields: list of (name, value) or (name, (filename, content_type, bytes))."""
    boundary = "----intervu" + uuid.uuid4().hex
    out = bytearray()
    for name, value in fields:
        out += f"--{boundary}\r\n".encode()
        if isinstance(value, tuple):
            filename, ctype, content = value
            out += f'Content-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'.encode()
            out += f"Content-Type: {ctype}\r\n\r\n".encode() + content + b"\r\n"
        else:
            out += f'Content-Disposition: form-data; name="{name}"\r\n'.encode()
            out += b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + str(value).encode() + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return bytes(out), {"Content-Type": "multipart/form-data; boundary=" + boundary}


def pick(d, *keys, default=None):
    """First present key: the contracts are camelCase, this tolerates small naming differences."""
    if not isinstance(d, dict):
        return default
    for k in keys:
        if d.get(k) is not None:
            return d[k]
    return default


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def mail_texts(raw):
    """Each text part decoded by its own Content-Transfer-Encoding: a 7bit "token=a1..." is not quoted-printable."""
    message = message_from_string(raw, policy=mail_policy.default)
    return [part.get_content() for part in message.walk() if part.get_content_maintype() == "text"]


def read_confirmation_token(mail_api, email, timeout=60):
    deadline = time.time() + timeout
    url = f"{mail_api.rstrip('/')}/api/user/{urllib.request.quote(email)}/messages/"
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=10) as resp:
                messages = json.loads(resp.read() or b"[]")
        except urllib.error.HTTPError:
            messages = []
        for m in messages:
            for text in mail_texts(m.get("mimeMessage", "")):
                found = re.search(r"/confirm-email\?token=([A-Za-z0-9_\-\.~]+)", text)
                if found:
                    return m.get("subject"), found.group(1)
        time.sleep(0.5)
    raise ApiError(f"no confirmation mail for {email} in GreenMail after {timeout}s ({url})")


TYPED_ANSWERS = {
    "kafka": "I key records by the aggregate id so one entity's events stay ordered in one partition, "
             "and size partitions for the consumer parallelism we need. Consumers commit offsets only after "
             "the effect is stored, and they are idempotent: the event id goes into a processed-event table in "
             "the same transaction, so a redelivery after a rebalance has no second effect. Poison messages go "
             "to a dead-letter topic after bounded retries with backoff, and we alert on consumer lag.",
    "postgres": "I start from the query plan with EXPLAIN ANALYZE, look for sequential scans on large tables "
                "and add a composite index that matches the filter and sort order. For transactions I choose "
                "the isolation level deliberately: read committed by default, and serializable or SELECT FOR "
                "UPDATE where we must avoid lost updates, with retries on serialization failures. Migrations "
                "are backward compatible: add the column, backfill in batches, then switch reads.",
    "default": "In my last role I owned the payments ledger service. The situation was frequent incidents from "
               "duplicate payouts. My task was to make processing exactly-once from the business point of view. "
               "I introduced idempotency keys, a transactional outbox for the events and idempotent consumers, "
               "added circuit breakers around the bank provider and dashboards in Prometheus and Grafana. "
               "As a result duplicate payouts dropped to zero and the on-call pages fell by sixty percent.",
}


def typed_answer(question_text, topic):
    t = f"{topic or ''} {question_text or ''}".lower()
    if "kafka" in t or "event" in t or "partition" in t:
        return TYPED_ANSWERS["kafka"]
    if "sql" in t or "postgres" in t or "index" in t or "transaction" in t:
        return TYPED_ANSWERS["postgres"]
    return TYPED_ANSWERS["default"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gateway", default=os.environ.get("INTERVU_GATEWAY_URL", "http://localhost:8080"))
    ap.add_argument("--mail-api", default=os.environ.get("INTERVU_MAIL_API_URL", "http://localhost:8025"))
    ap.add_argument("--out", default=os.path.join(HERE, "..", "..", ".run", "demo"))
    ap.add_argument("--timeout", type=int, default=300, help="seconds for the whole journey")
    args = ap.parse_args()
    started = time.time()
    deadline = started + args.timeout
    transcripts = json.load(open(os.path.join(SAMPLES, "transcripts.json")))

    anon = Client(args.gateway)
    suffix = uuid.uuid4().hex[:8]
    username, email, password = f"demo_{suffix}", f"demo.{suffix}@example.com", "Demo-pass-" + uuid.uuid4().hex[:12]
    anon.call("POST", "/api/auth/register", {"username": username, "email": email, "password": password})
    log(f"registered {username} <{email}>")
    subject, token = read_confirmation_token(args.mail_api, email)
    log(f"confirmation mail read from GreenMail: \"{subject}\"")
    anon.call("POST", "/api/auth/confirm", {"token": token})  # the mailed link's page only shows a button
    log("email confirmed")
    _, _, tokens = anon.call("POST", "/api/auth/login", {"login": email, "password": password})
    api = Client(args.gateway, pick(tokens, "accessToken", "access_token"))
    log("logged in")

    resume = open(os.path.join(SAMPLES, "resume_backend_java.pdf"), "rb").read()
    jd = open(os.path.join(SAMPLES, "jd_backend_java.txt"), encoding="utf-8").read()
    body, headers = multipart([("resume", ("resume_backend_java.pdf", "application/pdf", resume)),
                               ("jobDescription", jd), ("candidateName", "Demo Candidate")])
    _, _, created = api.call("POST", "/api/interviews", body, headers)
    interview_id = pick(created, "id", "interviewId")
    log(f"interview {interview_id} created; preparing the plan")

    while True:
        _, _, iv = api.call("GET", f"/api/interviews/{interview_id}")
        status = pick(iv, "status", "state")
        if status == "FAILED":
            raise ApiError(f"interview preparation failed: {pick(iv, 'failureReason', 'reason', default=iv)}")
        if status not in ("PREPARING", None):
            break
        if time.time() > deadline:
            raise ApiError("interview still PREPARING at the deadline")
        time.sleep(0.5)
    log(f"role: {pick(iv, 'role', default='?')} ({pick(iv, 'seniority', default='')})"
        f"  company: {pick(iv, 'company', default='-')}")
    log(f"focus topics: {', '.join(pick(iv, 'focusTopics', default=[]) or [])}")

    spoken = ["answer_outbox.webm", "answer_star.webm"]
    answered = 0
    labels = {}  # turnId -> "Q3 kafka" / "Q3 follow-up", for the scores
    printed = set()
    last = {"evaluations": None}

    def print_new_scores():
        """Scores arrive asynchronously (Kafka -> evaluation-service); print each once."""
        _, _, evaluations = api.call("GET", f"/api/evaluations?interviewId={interview_id}", ok=(200, 404))
        last["evaluations"] = evaluations
        items = evaluations if isinstance(evaluations, list) else pick(evaluations, "answers", "evaluations", default=[]) or []
        for ev in items:
            key = pick(ev, "answerId", "turnId", "id")
            if key in printed:
                continue
            printed.add(key)
            turn = pick(ev, "turnId", default=key)
            log(f"  score {pick(ev, 'overallScore', default='?')}/5 for {labels.get(turn, 'turn ' + str(turn))}"
                f" ({pick(pick(ev, 'provenance', default={}), 'evaluator', default='')})")

    while True:
        if time.time() > deadline:
            raise ApiError("the interview did not finish before the deadline")
        status, resp_headers, msg = api.call("GET", f"/api/interviews/{interview_id}/messages/next")
        if status == 204 or msg is None:
            time.sleep(min(float(resp_headers.get("Retry-After") or 1), 1.0))
            continue
        kind = (pick(msg, "kind", "turnKind", "type", default="") or "").lower()
        text = pick(msg, "text", "message", "prompt", default="")
        turn_id = pick(msg, "turnId", "id")
        question = pick(msg, "question", default={}) or {}
        topic = pick(msg, "topic", default=pick(question, "topic"))
        ordinal = pick(msg, "questionNumber", "ordinal", default=pick(question, "ordinal")) or None
        total = pick(msg, "questionCount")
        label = (f"Q{ordinal}/{total} {kind}" if total else f"Q{ordinal} {kind}") if ordinal else kind
        if kind == "question":
            current_q = f"Q{ordinal}{' ' + topic if topic else ''}" if ordinal else "question"
            labels[turn_id] = current_q
        elif kind == "follow-up":
            labels[turn_id] = f"{labels.get('_q', 'question')} follow-up {pick(msg, 'followUpIndex', default='')}".strip()
        if kind == "question":
            labels["_q"] = current_q
        log(f"interviewer ({label}{', ' + topic if topic else ''}): {text}")
        if kind == "closing" or pick(msg, "final", "last", default=False):
            break
        print_new_scores()
        idem = {"Idempotency-Key": str(uuid.uuid4())}
        if kind == "greeting":
            sample = "answer_ready.wav"
            body, headers = multipart([("turnId", turn_id),
                                       ("audio", (sample, "audio/wav", open(os.path.join(SAMPLES, sample), "rb").read())),
                                       ("transcript", transcripts[sample])])
            api.call("POST", f"/api/interviews/{interview_id}/answers", body, {**headers, **idem})
            log(f"candidate (audio {sample}): {transcripts[sample]}")
            continue
        answered += 1
        if kind == "question" and spoken and answered % 3 == 1:
            sample = spoken.pop(0)
            body, headers = multipart([("turnId", turn_id),
                                       ("audio", (sample, "audio/webm", open(os.path.join(SAMPLES, sample), "rb").read())),
                                       ("transcript", transcripts[sample])])
            api.call("POST", f"/api/interviews/{interview_id}/answers", body, {**headers, **idem})
            log(f"candidate (audio {sample} + client transcript): {transcripts[sample][:90]}...")
        else:
            answer = typed_answer(text, topic)
            if kind == "follow-up":
                answer = "To be concrete: " + answer.split(". ", 1)[-1]
            api.call("POST", f"/api/interviews/{interview_id}/answers", {"turnId": turn_id, "text": answer}, idem)
            log(f"candidate (text): {answer[:90]}...")

    log("interview finished; waiting for scores and the report")
    report = None
    while report is None:
        if time.time() > deadline:
            raise ApiError("no report before the deadline")
        print_new_scores()
        _, _, reports = api.call("GET", f"/api/reports?interviewId={interview_id}", ok=(200, 404))
        candidates = reports if isinstance(reports, list) else ([reports] if reports else [])
        candidates = [r for r in candidates if pick(r, "id", "reportId")]
        if candidates:
            report = candidates[0]
        else:
            time.sleep(1)
    print_new_scores()
    evaluations = last["evaluations"]

    assessment = None
    if isinstance(evaluations, dict):
        assessment = pick(evaluations, "assessment")
    if assessment:
        log(f"overall: {pick(assessment, 'overallScore')}/5, readiness: {pick(assessment, 'readiness')}")
    report_id = pick(report, "id", "reportId")
    _, _, pdf = api.call("GET", f"/api/reports/{report_id}/pdf", headers={"Accept": "application/pdf"}, raw=True)
    if not pdf.startswith(b"%PDF"):
        raise ApiError("the report download is not a PDF")
    os.makedirs(args.out, exist_ok=True)
    path = os.path.abspath(os.path.join(args.out, f"report-{interview_id}.pdf"))
    with open(path, "wb") as f:
        f.write(pdf)
    log(f"report {report_id}: {len(pdf)} bytes, {pick(report, 'pageCount', default='?')} pages -> {path}")
    log(f"demo finished in {time.time() - started:.1f} s")
    print(json.dumps({"user": email, "interviewId": interview_id, "reportId": report_id, "pdf": path}))


if __name__ == "__main__":
    try:
        main()
    except (ApiError, urllib.error.URLError, OSError) as e:
        print(f"demo failed: {e}", file=sys.stderr)
        sys.exit(1)
