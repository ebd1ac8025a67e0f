package io.intervu.report.rest;

import io.intervu.report.Report;
import io.intervu.report.config.ReportConfig;
import io.intervu.report.service.ReportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The caller's reports: metadata and the PDF, only ever to their owner (anyone else sees 404). */
@Path("/api/reports")
// a person's endpoints: service tokens (group "service") own no data here
@RolesAllowed("user")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private static final String PDF = "application/pdf";

    private final ReportService reports;
    private final ReportConfig config;
    private final JsonWebToken caller;

    public ReportResource(ReportService reports, ReportConfig config, JsonWebToken caller) {
        this.reports = reports;
        this.config = config;
        this.caller = caller;
    }

    /** The caller's reports, newest first; {@code interviewId} narrows to that interview's report. */
    @GET
    public List<ReportView> list(@QueryParam("interviewId") String interviewId) {
        if (interviewId != null) {
            parseUuid(interviewId, () -> new ProblemException(400, "invalid-interview-id", "Invalid interview id",
                    "interviewId must be a UUID."));
        }
        return reports.listOwned(caller.getSubject(), interviewId).stream().map(r -> ReportView.of(r, config.publicPath())).toList();
    }

    @GET
    @Path("{id}")
    public ReportView get(@PathParam("id") String id) {
        return ReportView.of(reports.owned(reportId(id), caller.getSubject()), config.publicPath());
    }

    /** The PDF; a client holding the current ETag gets 304 Not Modified without the bytes. */
    @GET
    @Path("{id}/pdf")
    @Produces({PDF, "application/problem+json"})
    public Response pdf(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Report report = reports.owned(reportId(id), caller.getSubject());
        String etag = etag(report);
        if (matches(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build();
        }
        return Response.ok(reports.pdf(report.id), PDF)
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .header("Content-Disposition", contentDisposition(report))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** Renders the report again from its stored assessment (e.g. after a template fix). */
    @POST
    @Path("{id}/regenerate")
    @RolesAllowed("admin")
    public ReportView regenerate(@PathParam("id") String id) {
        return ReportView.of(reports.regenerate(reportId(id)), config.publicPath());
    }

    static String etag(Report report) {
        return "\"" + report.sha256 + "\"";
    }

    /** If-None-Match may list several tags, weak ones, or "*". */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(etag));
    }

    private static String contentDisposition(Report report) {
        String date = report.generatedAt.toLocalDate().toString();
        String ascii = "intervu-report-" + date + ".pdf";
        String full = "Intervu report " + date + ".pdf";
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(full, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static UUID reportId(String id) {
        return parseUuid(id, () -> new ProblemException(404, "report-not-found", "Report not found",
                "There is no such report for this account."));
    }

    private static UUID parseUuid(String value, java.util.function.Supplier<ProblemException> problem) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw problem.get();
        }
    }
}
