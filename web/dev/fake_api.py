#!/usr/bin/env python3
"""DEVELOPMENT AID ONLY - not part of Intervu, never deployed, never used by any test of a service.

A stand-in for the nginx gateway while the real services are being built: it serves web/ and
answers the client-facing API with the shapes of docs/contracts.md and ARCHITECTURE.md, from
memory, so the UI can be clicked through and screenshotted. Nothing here is evaluated, parsed
or transcribed for real: the interview plan is canned, follow-ups are chosen by answer length.

    python3 web/dev/fake_api.py [--port 8090]     then open http://localhost:8090/

Seeded account: login "demo" (or demo@example.com), password "demo-password-1".
A job description containing the word FAILME makes preparation fail (to see that screen).
An audio answer without a transcript counts as "no speech": the same turn is asked again with a
notice, as interview-service does.
--upstream /api/auth=http://127.0.0.1:8081 forwards the auth routes to a real auth-service (then the
fake reads - without verifying - its JWTs for the interview routes).
FAKE_ACCESS_TTL=5 makes access tokens expire after 5 s (to exercise the refresh path); add
FAKE_CLAIMED_TTL=900 to announce 900 s anyway, so the UI meets real 401s and refreshes on them.
Refresh tokens rotate; reusing one is a 401, as in auth-service.
"""
import argparse
import base64
import email.parser
import http.client
import email.policy
import json
import os
import re
import secrets
import threading
import time
import uuid
from datetime import datetime, timezone
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

WEB_ROOT = Path(__file__).resolve().parent.parent
ACCESS_TTL = int(os.environ.get("FAKE_ACCESS_TTL", "900"))
# Claim a longer lifetime than the real one to make the UI meet a 401 and refresh on it.
CLAIMED_TTL = int(os.environ.get("FAKE_CLAIMED_TTL", str(ACCESS_TTL)))
PREPARE_SECONDS = 3
THINK_SECONDS = 1.5
REPORT_SECONDS = 4
TOPICS = ["java", "kafka", "postgresql", "kubernetes", "observability", "react", "python", "sql", "testing"]
QUESTION_BANK = [
    ("technical", "kafka", "How would you guarantee that a payment event is processed exactly once, end to end?"),
    ("scenario", "postgresql", "A ledger query that used to take 20 ms now takes 4 seconds in production. Walk me through what you do."),
    ("behavioural", "teamwork", "Tell me about a time you disagreed with a design decision. What did you do?"),
    ("technical", "java", "What changes when you move a blocking Java service to virtual threads?"),
    ("scenario", "observability", "Your on-call alert fires for rising consumer lag at 3 a.m. What are your first five minutes?"),
    ("technical", "kubernetes", "How do readiness and liveness probes differ, and how can a wrong probe cause an outage?"),
    ("project", "project", "In your resume you mention a settlement ledger. What was the hardest design trade-off there?"),
]

LOCK = threading.Lock()
USERS = {"demo": {"id": str(uuid.uuid4()), "username": "demo", "email": "demo@example.com", "password": "demo-password-1"}}
ACCESS = {}    # token -> (username, expires_at)
REFRESH = {}   # token -> username
INTERVIEWS = {}
IDEMPOTENCY = {}
REPORTS = {}
UPSTREAMS = {}  # path prefix -> base URL of a real service (--upstream /api/auth=http://127.0.0.1:8081)
REJECTED_401 = []
# FAKE_SSE_CLOSE_AT_ONCE=1: every event stream ends after its first events (a misbehaving server),
# to check that the UI falls back to polling instead of reconnecting in a loop.
SSE_CLOSE_AT_ONCE = os.environ.get("FAKE_SSE_CLOSE_AT_ONCE") == "1"
EVENT_STREAMS = []  # paths answered 401, visible at GET /dev-stats for the walkthrough


def now_iso(ts=None):
    return datetime.fromtimestamp(ts or time.time(), tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def problem(status, title, detail=None, errors=None, slug="fake"):
    body = {"type": f"https://intervu.dev/problems/{slug}", "title": title, "status": status}
    if detail:
        body["detail"] = detail
    if errors:
        body["errors"] = errors
    return status, body


def minimal_pdf(lines):
    """A valid one-page PDF with a few lines of Helvetica text (offsets computed, not guessed)."""
    text = "BT /F1 14 Tf 72 720 Td 18 TL " + " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for line in lines) + " ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text.encode("latin-1") + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


class Interview:
    def __init__(self, user, jd, options):
        self.id = str(uuid.uuid4())
        self.user = user
        self.created = time.time()
        first_line = next((line.strip() for line in jd.splitlines() if line.strip()), "Software Engineer")
        self.role = re.split(r"\s[–-]\s|\(", first_line)[0].strip()[:80]
        lowered = jd.lower()
        self.topics = [t for t in TOPICS if t in lowered][:5] or ["java", "sql"]
        self.company = None
        self.fail_reason = "The job description asked us to fail (FAILME), so this is what a failed preparation looks like." if "FAILME" in jd else None
        self.candidate_name = options.get("candidateName") or None
        self.question_count = max(1, min(int(options.get("questionCount") or 7), len(QUESTION_BANK)))
        self.max_follow_ups = max(0, min(int(options.get("maxFollowUps") or 2), 3))
        self.confidence = options.get("confidenceOptIn") == "true"
        self.turns = []           # messages the interviewer has sent
        self.current = None       # the message awaiting an answer
        self.question_index = 0   # 1-based ordinal of the current prepared question
        self.follow_ups = 0
        self.busy_until = 0.0
        self.status_override = None
        self.completed_at = None
        self.version = 0

    def status(self):
        if self.status_override:
            return self.status_override
        if time.time() - self.created < PREPARE_SECONDS:
            return "PREPARING"
        if self.fail_reason:
            return "FAILED"
        if self.current is None and not self.turns:
            return "READY"
        if time.time() < self.busy_until:
            return "PROCESSING_ANSWER"
        return "AWAITING_ANSWER"

    def view(self):
        status = self.status()
        report = REPORTS.get(self.id)
        body = {
            "id": self.id, "status": status, "createdAt": now_iso(self.created),
            "confidenceOptIn": self.confidence, "candidateName": self.candidate_name,
            "questionCount": self.question_count, "maxFollowUps": self.max_follow_ups,
            "progress": {"currentQuestion": self.question_index, "answers": 0, "followUps": 0},
        }
        if status != "PREPARING" and not self.fail_reason:
            body.update({"role": self.role, "seniority": "senior" if "senior" in self.role.lower() else "mid",
                         "company": self.company, "focusTopics": self.topics})
        if status == "FAILED":
            body["failureReason"] = self.fail_reason
        if self.completed_at:
            body["completedAt"] = now_iso(self.completed_at)
        if report and time.time() >= report["readyAt"]:
            body.update({"overallScore": 3.6, "readiness": "Almost ready", "reportId": report["id"],
                         "reportUrl": f"/api/reports/{report['id']}/pdf"})
        return body

    def say(self, kind, text, ordinal=None, qtype=None, topic=None):
        # interview-service's MessageView, plus questionType/topic (proposed; the real one lacks them so far).
        number = 0 if kind == "greeting" else self.question_count if kind == "closing" else ordinal
        message = {"turnId": str(uuid.uuid4()), "kind": kind, "text": text, "questionNumber": number,
                   "questionCount": self.question_count, "followUpIndex": self.follow_ups if kind == "follow-up" else 0,
                   "last": kind == "closing"}
        if qtype:
            message.update({"questionType": qtype, "topic": topic})
        self.turns.append(message)
        self.current = message
        self.version += 1
        return message

    def ask_question(self):
        self.question_index += 1
        self.follow_ups = 0
        qtype, topic, text = QUESTION_BANK[self.question_index - 1]
        return self.say("question", text, self.question_index, qtype, topic)

    def next_message(self):
        status = self.status()
        if status == "PREPARING" or status == "PROCESSING_ANSWER":
            return None
        if status == "READY":
            name = f", {self.candidate_name}" if self.candidate_name else ""
            return self.say("greeting", f"Hello{name}, I'm Alex. Today we'll talk about the {self.role} role "
                                        f"over {self.question_count} questions. Are you ready to begin?")
        return self.current

    def ask_again(self, turn_id, notice):
        if self.current is None or self.current["turnId"] != turn_id:
            return problem(409, "Not your turn", "This answer does not belong to the question being asked.", slug="out-of-turn")
        self.busy_until = time.time() + THINK_SECONDS
        self.current = {**self.current, "notice": notice}
        self.version += 1
        return 202, {"interviewId": self.id, "turnId": turn_id, "status": "PROCESSING_ANSWER"}

    def answer(self, turn_id, text):
        if self.current is None or self.current["turnId"] != turn_id or self.current["kind"] == "closing":
            return problem(409, "Not your turn", "This answer does not belong to the question being asked.", slug="out-of-turn")
        kind = self.current["kind"]
        self.busy_until = time.time() + THINK_SECONDS
        if kind != "greeting" and len(text) < 60 and self.follow_ups < self.max_follow_ups:
            self.follow_ups += 1
            self.say("follow-up", "Could you make that concrete? Give one specific example with numbers.",
                     self.question_index, self.current.get("questionType"), self.current.get("topic"))
        elif self.question_index < self.question_count:
            self.ask_question()
        else:
            self.say("closing", "Thank you, that was the last question. Your feedback report will be ready shortly.")
            self.status_override = "COMPLETED"
            self.completed_at = time.time()
            REPORTS[self.id] = {"id": str(uuid.uuid4()), "readyAt": time.time() + REPORT_SECONDS}
        return 202, {"interviewId": self.id, "turnId": turn_id, "status": "PROCESSING_ANSWER"}


def parse_multipart(content_type, body):
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
    fields, files = {}, {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if part.get_filename() is not None:
            files[name] = part.get_payload(decode=True) or b""
        else:
            fields[name] = (part.get_payload(decode=True) or b"").decode("utf-8", "replace")
    return fields, files


class Handler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(WEB_ROOT), **kwargs)

    def log_message(self, fmt, *args):
        if os.environ.get("FAKE_API_QUIET") != "1":
            super().log_message(fmt, *args)

    def end_headers(self):
        self.send_header("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; "
                         "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    # ---- plumbing ----
    def send_json(self, status, body=None, headers=None):
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        if body is not None:
            ctype = "application/problem+json" if status >= 400 else "application/json"
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        if status == 401:
            REJECTED_401.append(self.path)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def read_body(self):
        # Read once, always (api() calls it before routing): an unread body left on a keep-alive
        # connection would be parsed as the start of the next request.
        if not hasattr(self, "_body"):
            length = int(self.headers.get("Content-Length") or 0)
            self._body = self.rfile.read(length) if length else b""
        return self._body

    def json_body(self):
        try:
            return json.loads(self.read_body() or b"{}")
        except ValueError:
            return None

    def user(self):
        auth = self.headers.get("Authorization", "")
        token = auth[7:] if auth.startswith("Bearer ") else None
        if UPSTREAMS and token and token.count(".") == 2:
            return self.jwt_user(token)
        entry = ACCESS.get(token)
        if not entry or entry[1] < time.time():
            return None
        return USERS.get(entry[0])

    def jwt_user(self, token):
        """With a real auth-service upstream: read (NOT verify - dev aid only) the JWT's sub/upn/exp."""
        try:
            payload = token.split(".")[1]
            claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        except ValueError:
            return None
        if claims.get("exp", 0) < time.time():
            return None
        username = claims.get("upn") or claims.get("sub")
        return USERS.setdefault(username, {"id": claims.get("sub"), "username": username, "email": None, "password": None})

    def proxy(self, method, base):
        """Forwards the request unchanged to a real service (e.g. auth-service) and relays its answer."""
        target = urlsplit(base)
        connection = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=60)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection", "content-length")}
        body = self.read_body()
        if body:
            headers["Content-Length"] = str(len(body))
        try:
            connection.request(method, self.path, body=body or None, headers=headers)
            response = connection.getresponse()
            if (response.getheader("Content-Type") or "").startswith("text/event-stream"):
                return self.relay_stream(response, connection)
            data = response.read()
        except OSError as error:
            return self.send_json(*problem(502, "Upstream not reachable", f"{base}: {error}", slug="bad-gateway"))
        finally:
            connection.close()
        self.send_response(response.status)
        for key, value in response.getheaders():
            if key.lower() not in ("transfer-encoding", "connection", "content-length", "server", "date"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def relay_stream(self, response, connection):
        """Server-sent events pass through unbuffered, as the gateway's proxy_buffering off does."""
        self.send_response(response.status)
        self.send_header("Content-Type", response.getheader("Content-Type"))
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        try:
            while True:
                chunk = response.read1(65536)
                if not chunk:
                    break
                self.wfile.write(chunk)
                self.wfile.flush()
        except OSError:
            pass

    def issue(self, username):
        access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(32)
        ACCESS[access] = (username, time.time() + ACCESS_TTL)
        REFRESH[refresh] = username
        return {"accessToken": access, "refreshToken": refresh, "expiresIn": CLAIMED_TTL, "tokenType": "Bearer"}

    # ---- routing ----
    def do_GET(self):
        path = urlsplit(self.path).path
        if path.startswith("/api/"):
            return self.api("GET")
        if path == "/dev-stats":
            return self.send_json(200, {"rejected401": len(REJECTED_401), "refreshTokensLive": len(REFRESH),
                                         "eventStreams": len(EVENT_STREAMS)})
        if path.startswith("/dev/"):
            return self.send_json(*problem(404, "Not found"))
        if path in ("/reset-password", "/confirm-email"):  # mail-link paths the gateway maps to index.html
            self.path = "/index.html"
        return super().do_GET()

    def do_POST(self):
        self.api("POST")

    def do_DELETE(self):
        self.api("DELETE")

    def api(self, method):
        url = urlsplit(self.path)
        path, query = url.path, parse_qs(url.query)
        if hasattr(self, "_body"):
            del self._body  # a new request on the same connection
        self.read_body()
        for prefix, base in UPSTREAMS.items():
            if path.startswith(prefix):
                return self.proxy(method, base)
        with LOCK:
            result = self.route(method, path, query)
        if result is None:
            return  # streamed
        status, body, *rest = result
        self.send_json(status, body, rest[0] if rest else None)

    def route(self, method, path, query):
        if path.startswith("/api/auth/"):
            return self.auth(method, path[len("/api/auth/"):])
        user = self.user()
        if user is None:
            return problem(401, "Not logged in", "Log in to continue.", slug="unauthorized")
        if path == "/api/interviews" and method == "POST":
            return self.create_interview(user)
        if path == "/api/interviews" and method == "GET":
            mine = [i.view() for i in INTERVIEWS.values() if i.user == user["username"]]
            return 200, mine
        match = re.fullmatch(r"/api/interviews/([^/]+)(/.*)?", path)
        if match:
            interview = INTERVIEWS.get(match.group(1))
            if interview is None or interview.user != user["username"]:
                return problem(404, "Interview not found", slug="not-found")
            return self.interview_route(method, interview, match.group(2) or "")
        if path == "/api/reports" and method == "GET":
            interview = INTERVIEWS.get((query.get("interviewId") or [""])[0])
            report = REPORTS.get(interview.id) if interview and interview.user == user["username"] else None
            if not report or time.time() < report["readyAt"]:
                return 200, []  # as report-service: an empty list until the report exists
            # report-service's ReportView
            return 200, [{"id": report["id"], "interviewId": interview.id, "title": f"Interview report: {interview.role}",
                          "pageCount": 1, "sizeBytes": 900, "generatedAt": now_iso(report["readyAt"]), "revision": 1,
                          "pdfUrl": f"/api/reports/{report['id']}/pdf"}]
        match = re.fullmatch(r"/api/reports/([^/]+)/pdf", path)
        if match and method == "GET":
            for interview_id, report in REPORTS.items():
                interview = INTERVIEWS[interview_id]
                if report["id"] == match.group(1) and interview.user == user["username"]:
                    pdf = minimal_pdf(["Intervu - FAKE report (development aid)", f"Role: {interview.role}",
                                       "Overall score: 3.6 / 5 (canned)"])
                    self.send_response(200)
                    self.send_header("Content-Type", "application/pdf")
                    self.send_header("Content-Length", str(len(pdf)))
                    self.end_headers()
                    self.wfile.write(pdf)
                    return None
            return problem(404, "Report not found", slug="not-found")
        return problem(404, "No such endpoint", path, slug="not-found")

    def auth(self, method, action):
        if method == "POST" and action in ("register", "login", "refresh", "logout", "resend-confirmation",
                                           "password-reset", "password-reset/confirm", "confirm"):
            body = self.json_body()
            if body is None:
                return problem(400, "Malformed request", "The body is not valid JSON.")
        if action == "register" and method == "POST":
            errors = {}
            if not re.fullmatch(r"[A-Za-z0-9._-]{3,40}", body.get("username", "")):
                errors["username"] = "3-40 letters, digits, dots, dashes or underscores"
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", body.get("email", "")):
                errors["email"] = "not a valid email address"
            if len(body.get("password", "")) < 10:
                errors["password"] = "at least 10 characters"
            if errors:
                return problem(400, "Invalid registration", "Some fields need attention.", errors, slug="validation")
            USERS.setdefault(body["username"], {"id": str(uuid.uuid4()), "username": body["username"],
                                                "email": body["email"], "password": body["password"]})
            return 202, {"message": "If the address can be used, a confirmation email is on its way."}
        if action == "login" and method == "POST":
            login = body.get("login", "")
            user = next((u for u in USERS.values() if login in (u["username"], u["email"])), None)
            if not user or user["password"] != body.get("password"):
                return problem(401, "Login failed", "The username/email or password is not right.", slug="invalid-credentials")
            return 200, self.issue(user["username"])
        if action == "refresh" and method == "POST":
            username = REFRESH.pop(body.get("refreshToken", ""), None)
            if not username:
                return problem(401, "Session expired", "Please log in again.", slug="invalid-refresh-token")
            return 200, self.issue(username)
        if action == "logout" and method == "POST":
            REFRESH.pop(body.get("refreshToken", ""), None)
            return 204, None
        if action in ("resend-confirmation", "password-reset") and method == "POST":
            return 202, {"message": "If an account uses this address, an email is on its way."}
        if action == "confirm" and method == "POST":
            if body.get("token") == "good-token-0123456789":
                return 200, {"status": "confirmed", "message": "Your email address is confirmed. You can sign in now."}
            return problem(400, "Link not valid", "This confirmation link has expired or was already used. Request a new one.", slug="invalid-token")
        if action == "password" and method == "POST":
            user = self.user()
            if not user:
                return problem(401, "Not logged in", slug="unauthorized")
            body = self.json_body() or {}
            if body.get("currentPassword") != user["password"]:
                return problem(400, "Current password is not right", slug="invalid-credentials")
            user["password"] = body.get("newPassword", "")
            return 204, None
        if action == "me" and method == "DELETE":
            user = self.user()
            body = self.json_body() or {}
            if not user:
                return problem(401, "Not logged in", slug="unauthorized")
            if body.get("password") != user["password"]:
                return problem(403, "Password is not right", "Your account was not deleted.", slug="invalid-credentials")
            USERS.pop(user["username"], None)
            return 204, None
        if action == "password-reset/confirm" and method == "POST":
            return problem(400, "Link expired", "This reset link is no longer valid. Request a new one.", slug="invalid-token")
        if action == "me" and method == "GET":
            user = self.user()
            if not user:
                return problem(401, "Not logged in", slug="unauthorized")
            return 200, {"id": user["id"], "username": user["username"], "email": user["email"], "groups": ["user"]}
        return problem(404, "No such endpoint", slug="not-found")

    def create_interview(self, user):
        ctype = self.headers.get("Content-Type", "")
        if not ctype.startswith("multipart/form-data"):
            return problem(415, "Unsupported request", "Send the resume as multipart/form-data.", slug="unsupported-media-type")
        fields, files = parse_multipart(ctype, self.read_body())
        resume = files.get("resume")
        if not resume:
            return problem(400, "Resume missing", "Attach your resume as a PDF.", {"resume": "required"}, slug="validation")
        if not resume.startswith(b"%PDF-"):
            return problem(422, "That file is not a PDF", "Upload your resume as a PDF document (other formats cannot be read).", slug="resume-not-pdf")
        jd = (fields.get("jobDescription") or "").strip()
        if not 50 <= len(jd) <= 20000:
            return problem(400, "Job description length", "Paste 50 to 20,000 characters.", {"jobDescription": "50-20000 characters"}, slug="validation")
        interview = Interview(user["username"], jd, fields)
        INTERVIEWS[interview.id] = interview
        return 202, {"id": interview.id, "status": "PREPARING"}, {"Location": f"/api/interviews/{interview.id}"}

    def interview_route(self, method, interview, rest):
        if rest == "" and method == "GET":
            return 200, interview.view()
        if rest == "/messages/next" and method == "GET":
            message = interview.next_message()
            if message is None:
                status = interview.status()
                if status == "FAILED":
                    return problem(409, "Interview failed", interview.fail_reason, slug="interview-failed")
                return 204, None, {"Retry-After": "1"}
            return 200, message
        if rest == "/answers" and method == "POST":
            key = self.headers.get("Idempotency-Key")
            if key and key in IDEMPOTENCY:
                return IDEMPOTENCY[key]
            ctype = self.headers.get("Content-Type", "")
            if ctype.startswith("multipart/form-data"):
                fields, files = parse_multipart(ctype, self.read_body())
                text, turn_id = (fields.get("transcript") or "").strip(), fields.get("turnId")
                if not files.get("audio"):
                    return problem(400, "Audio missing", "The recording did not arrive.", slug="validation")
                if not text:
                    # As interview-service does when no speech is found: accept, then ask the same turn again.
                    return interview.ask_again(turn_id, "We did not hear any speech in that recording. "
                                                        "Please check your microphone and answer again.")
            else:
                body = self.json_body() or {}
                text, turn_id = (body.get("text") or "").strip(), body.get("turnId")
            if not text:
                return problem(400, "Empty answer", "Type or record an answer before sending.", slug="validation")
            result = interview.answer(turn_id, text)
            if key and result[0] < 400:
                IDEMPOTENCY[key] = result
            return result
        if rest == "/events" and method == "GET":
            self.stream_events(interview)
            return None
        return problem(404, "No such endpoint", slug="not-found")

    def stream_events(self, interview):
        EVENT_STREAMS.append(time.time())
        # Called with LOCK held: release it while streaming.
        LOCK.release()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            seen_version, seen_status, seen_report = -1, None, False
            idle = 0.0
            while True:
                with LOCK:
                    version, status = interview.version, interview.status()
                    report = REPORTS.get(interview.id)
                    report_ready = bool(report and time.time() >= report["readyAt"])
                events = []
                if status != seen_status:
                    events.append(("state", {"status": status}))
                if version != seen_version or (status == "AWAITING_ANSWER" and seen_status == "PROCESSING_ANSWER"):
                    events.append(("message", {"turnId": interview.current["turnId"] if interview.current else None}))
                if report_ready and not seen_report:
                    events.append(("report", {"reportId": report["id"]}))
                seen_version, seen_status, seen_report = version, status, report_ready
                chunk = "".join(f"event: {name}\ndata: {json.dumps(data)}\n\n" for name, data in events)
                idle = 0.0 if chunk else idle + 0.4
                if idle >= 15:
                    chunk, idle = ": keep-alive\n\n", 0.0
                if chunk:
                    self.wfile.write(chunk.encode())
                    self.wfile.flush()
                    if SSE_CLOSE_AT_ONCE:
                        break
                time.sleep(0.4)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            LOCK.acquire()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8090)
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--upstream", action="append", default=[], metavar="PREFIX=URL",
                        help="forward PREFIX to a real service, e.g. /api/auth=http://127.0.0.1:8081 "
                             "(the fake then reads, without verifying, that service's JWTs)")
    args = parser.parse_args()
    for spec in args.upstream:
        prefix, _, base = spec.partition("=")
        UPSTREAMS[prefix] = base
    server = ThreadingHTTPServer((args.bind, args.port), Handler)
    server.daemon_threads = True
    print(f"FAKE Intervu API (development aid) on http://localhost:{args.port}/  -  login demo / demo-password-1", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
